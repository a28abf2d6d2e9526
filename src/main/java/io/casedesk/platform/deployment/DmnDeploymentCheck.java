package io.casedesk.platform.deployment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.casedesk.platform.DeployedDecisionCheck;

/**
 * Checks every DMN file of a deployment before the engine deploys it, and reports a broken one
 * the way the engine reports a broken BPMN file: a {@link ParseException} naming the file, the line
 * and the element, which engine REST answers with 400 (Camunda Modeler shows its message). Left to
 * the engine, a DMN error is a bare {@code DmnTransformException} ("Unable to transform decisions
 * from input stream"), which engine REST answers with 500 and nothing a process owner can act on.
 * A well-formed file then goes through the features' {@link DeployedDecisionCheck}s (e.g. every
 * choice list of the active policy set in {@code case-choices.dmn}), reported the same way.
 */
@Component
class DmnDeploymentCheck extends AbstractProcessEnginePlugin {

    private final ObjectProvider<DeployedDecisionCheck> featureChecks;

    DmnDeploymentCheck(ObjectProvider<DeployedDecisionCheck> featureChecks) {
        this.featureChecks = featureChecks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(new Check(configuration, () -> featureChecks.orderedStream().toList()));
        configuration.setCustomPreDeployers(deployers);
    }

    /** A DMN problem in the shape engine REST reports for any parse error. */
    record DmnProblem(String message, int line, int column, String mainElementId) implements Problem {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public int getLine() {
            return line;
        }

        @Override
        public int getColumn() {
            return column;
        }

        @Override
        public String getMainElementId() {
            return mainElementId;
        }

        @Override
        public List<String> getElementIds() {
            return mainElementId == null ? List.of() : List.of(mainElementId);
        }
    }

    static final class Check implements Deployer {

        private static final Pattern SAX_LINE = Pattern.compile("Line=(\\d+)");
        private static final Pattern ELEMENT_NAME = Pattern.compile("element(?: type)? ['\"]([\\w:-]+)['\"]");
        private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

        private final ProcessEngineConfigurationImpl configuration;
        /** Looked up at deployment time, not when the engine is configured. */
        private final java.util.function.Supplier<List<DeployedDecisionCheck>> featureChecks;

        Check(ProcessEngineConfigurationImpl configuration) {
            this(configuration, List::of);
        }

        Check(ProcessEngineConfigurationImpl configuration,
                java.util.function.Supplier<List<DeployedDecisionCheck>> featureChecks) {
            this.configuration = configuration;
            this.featureChecks = featureChecks;
        }

        @Override
        public void deploy(DeploymentEntity deployment) {
            if (deployment.getResources() == null) {
                return;
            }
            for (ResourceEntity resource : deployment.getResources().values()) {
                String name = resource.getName();
                if (name != null && (name.endsWith(".dmn") || name.endsWith(".dmn11.xml"))) {
                    check(name, resource.getBytes());
                }
            }
        }

        void check(String resourceName, byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            DmnModelInstance model;
            try {
                model = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
            } catch (ModelException e) {
                throw parseError(resourceName, text, null, deepestMessage(e));
            }
            try {
                configuration.getDmnEngineConfiguration().getTransformer().createTransform().modelInstance(model)
                        .transformDecisionRequirementsGraph();
            } catch (DmnEngineException e) {
                throw parseError(resourceName, text, model, deepestMessage(e));
            }
            for (DeployedDecisionCheck featureCheck : featureChecks.get()) {
                List<String> problems = featureCheck.problems(model);
                if (!problems.isEmpty()) {
                    throw parseError(resourceName, text, model, String.join("; ", problems));
                }
            }
        }

        private static ParseException parseError(String resourceName, String text, DmnModelInstance model,
                String message) {
            int line = lineFromSax(message).orElse(-1);
            String elementId = model == null ? elementNearLine(text, line, elementName(message))
                    : elementNamedIn(model, message);
            if (line < 0 && elementId != null) {
                line = lineOfId(text, elementId);
            }
            var problem = new DmnProblem(message, line, -1, elementId);
            String where = (line > 0 ? " | line " + line : "") + (elementId != null ? " | element " + elementId : "");
            return new ParseException("DMN error in " + resourceName + ": " + message + where, resourceName,
                    List.of(problem), List.of());
        }

        /** The innermost message says what is wrong; the outer ones only that transforming failed. */
        private static String deepestMessage(Throwable e) {
            String message = e.getMessage();
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                    message = cause.getMessage();
                }
            }
            return message == null ? e.getClass().getSimpleName() : message;
        }

        private static Optional<Integer> lineFromSax(String message) {
            Matcher m = SAX_LINE.matcher(message);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        }

        private static String elementName(String message) {
            Matcher m = ELEMENT_NAME.matcher(message);
            return m.find() ? m.group(1) : null;
        }

        /** The first quoted word of the engine's message that is the id of an element of the model. */
        private static String elementNamedIn(DmnModelInstance model, String message) {
            Matcher m = QUOTED.matcher(message);
            while (m.find()) {
                ModelElementInstance element = model.getModelElementById(m.group(1));
                if (element != null) {
                    return m.group(1);
                }
            }
            return null;
        }

        /**
         * A schema error gives only a line: the element is the nearest one at or above it that has an
         * id, of the named type when the message names one (an incomplete element is reported at its end tag).
         */
        private static String elementNearLine(String text, int line, String elementName) {
            if (line < 1) {
                return null;
            }
            String[] lines = text.split("\\R", -1);
            Pattern opening = elementName == null ? Pattern.compile("<[\\w:-]+\\s[^>]*\\bid=\"([^\"]+)\"")
                    : Pattern.compile("<(?:[\\w-]+:)?" + Pattern.quote(elementName) + "\\s[^>]*\\bid=\"([^\"]+)\"");
            for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
                Matcher m = opening.matcher(lines[i]);
                String last = null;
                while (m.find()) {
                    last = m.group(1);
                }
                if (last != null) {
                    return last;
                }
            }
            return null;
        }

        private static int lineOfId(String text, String id) {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("id=\"" + id + "\"")) {
                    return i + 1;
                }
            }
            return -1;
        }
    }
}
