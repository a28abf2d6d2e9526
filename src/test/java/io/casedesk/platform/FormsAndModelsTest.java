package io.casedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.casedesk.cases.ChoiceList;
import io.casedesk.cases.Environment;
import io.casedesk.cases.process.CaseLifecycle;

/**
 * The forms in {@code forms/} and the models in {@code processes/} are edited separately in Camunda
 * Modeler; this test catches what the engine only notices at run time: a step pointing at a form
 * that is not deployed with it, a form Tasklist 7.24's form-js cannot render, a field key the
 * delegates never read (a typo loses the value silently), an option value a delegate refuses.
 */
class FormsAndModelsTest {

    /** schemaVersion written by the form-js that Camunda 7.24's Tasklist bundles. */
    static final int TASKLIST_SCHEMA_VERSION = 16;

    /** Component types form-js 1.x renders (schema up to version 16); anything else shows as an error. */
    static final Set<String> FORM_JS_1_TYPES = Set.of("default", "textfield", "textarea", "number", "datetime",
            "checkbox", "checklist", "radio", "select", "taglist", "text", "html", "image", "button", "spacer",
            "separator", "group", "dynamiclist", "iframe", "table", "expression");

    /** Per process: the class whose constants name every variable its steps and delegates read. */
    static final Map<String, Class<?>> VARIABLES_BY_PROCESS = Map.of(CaseLifecycle.KEY, CaseLifecycle.Vars.class);

    /** Form fields whose fixed option values a delegate turns into an enum or tests in a gateway. */
    static final Map<String, Set<String>> ALLOWED_OPTION_VALUES = Map.of(
            CaseLifecycle.Vars.ENVIRONMENT, names(Environment.values()),
            CaseLifecycle.Vars.ACTION, Set.copyOf(constants(CaseLifecycle.Actions.class)));

    /**
     * Form fields whose options are a policy set's list in processes/case-choices.dmn: the form names
     * the list's variable as valuesKey (filled per task by CaseChoiceOptions, per start form by
     * StartFormOptionsFilter) and offers no option of its own.
     */
    static final Map<String, ChoiceList> POLICY_LISTS = Map.of(
            CaseLifecycle.Vars.PRIORITY, ChoiceList.PRIORITY,
            CaseLifecycle.Vars.CATEGORY, ChoiceList.CATEGORY,
            CaseLifecycle.Vars.RESOLUTION_CAUSE, ChoiceList.CAUSE,
            CaseLifecycle.Vars.SOLUTION_TYPE, ChoiceList.SOLUTION_TYPE,
            CaseLifecycle.Vars.CLOSING_REASON, ChoiceList.CLOSING_REASON);

    static final ObjectMapper json = new ObjectMapper();
    static Map<String, JsonNode> forms;
    static Map<Path, BpmnModelInstance> models;

    @BeforeAll
    static void readModels() throws IOException {
        forms = readForms(Path.of("forms"));
        models = new LinkedHashMap<>();
        for (Path file : list(Path.of("processes"), ".bpmn")) {
            try (InputStream in = Files.newInputStream(file)) {
                models.put(file, Bpmn.readModelFromStream(in));
            }
        }
    }

    @Test
    void theModelsAndFormsAreThere() {
        assertThat(models.keySet()).extracting(p -> p.getFileName().toString()).contains("case-lifecycle.bpmn");
        assertThat(forms).containsKeys("form-triage-case", "form-work-case", "form-log-phone-call");
    }

    @Test
    void everyFormRefPointsToAFormDeployedWithIt() {
        assertThat(formRefProblems(models, forms)).isEmpty();
    }

    @Test
    void everyFormRendersInTasklist() {
        assertThat(formProblems(forms)).isEmpty();
    }

    @Test
    void everyFieldAStepShowsIsOneItsProcessReads() {
        assertThat(fieldKeyProblems(models, forms)).isEmpty();
    }

    @Test
    void everyOptionAFormOffersIsAValueTheDelegatesAccept() {
        assertThat(optionValueProblems(forms)).isEmpty();
    }

    @Test
    void noFormOffersALiteralPriorityCategoryCauseSolutionOrClosingList() {
        assertThat(literalChoiceListProblems(forms)).isEmpty();
        Set<String> listed = new TreeSet<>();
        forms.values().forEach(form -> fields(form).stream().filter(f -> POLICY_LISTS.containsKey(f.path("key").asText()))
                .forEach(f -> listed.add(f.path("key").asText())));
        assertThat(listed).as("fields that take a policy list somewhere in forms/").containsExactlyInAnyOrderElementsOf(
                POLICY_LISTS.keySet());
    }

    @Test
    void aLiteralChoiceListIsCaught() {
        var broken = new LinkedHashMap<>(forms);
        ObjectNode form = forms.get("form-triage-case").deepCopy();
        ObjectNode priority = (ObjectNode) findField(form, CaseLifecycle.Vars.PRIORITY);
        priority.remove("valuesKey");
        priority.putArray("values").addObject().put("label", "P2 – High").put("value", "P2");
        ObjectNode category = (ObjectNode) findField(form, CaseLifecycle.Vars.CATEGORY);
        category.put("valuesKey", "priorityOptions");
        broken.put("form-triage-case", form);
        assertThat(literalChoiceListProblems(broken)).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("'priority'", "literal values"))
                .anySatisfy(p -> assertThat(p).contains("'priority'", "takes its options from ''"))
                .anySatisfy(p -> assertThat(p).contains("'category'", "priorityOptions", "categoryOptions"));
    }

    @Test
    void theWorkOutcomesInTheModelAreTheOnesTheFormOffers() {
        Set<String> offered = optionValues(forms.get("form-work-case"), CaseLifecycle.Vars.ACTION);
        Set<String> tested = new TreeSet<>();
        for (BpmnModelInstance model : models.values()) {
            for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
                Matcher m = Pattern.compile("\\b" + CaseLifecycle.Vars.ACTION + "\\s*==\\s*'([^']*)'")
                        .matcher(condition.getTextContent());
                while (m.find()) {
                    tested.add(m.group(1));
                }
            }
        }
        assertThat(tested).as("outcomes the model's gateway tests").isNotEmpty();
        assertThat(offered).as("outcomes the work form offers").containsExactlyInAnyOrderElementsOf(tested);
    }

    @Test
    void everyFormIsUsedByAStep() {
        Set<String> referenced = new TreeSet<>();
        models.values().forEach(model -> formSteps(model).forEach(step -> referenced.add(step.formRef())));
        assertThat(referenced).containsAll(forms.keySet());
    }

    // The checks must catch the mistakes they are for: each one is fed a broken copy.

    @Test
    void aTypoInAFieldKeyIsCaught() {
        var broken = copyWith("form-triage-case", "firstReply", "key", "firstReplly");
        assertThat(fieldKeyProblems(models, broken)).singleElement().asString()
                .contains("Task_TriageCase", "form-triage-case", "firstReplly");
    }

    @Test
    void aTypoInAnOptionValueIsCaught() {
        var broken = new LinkedHashMap<>(forms);
        ObjectNode form = forms.get("form-work-case").deepCopy();
        ObjectNode option = (ObjectNode) findField(form, CaseLifecycle.Vars.ACTION).path("values").get(0);
        option.put("value", "pendng");
        broken.put("form-work-case", form);
        assertThat(optionValueProblems(broken)).singleElement().asString().contains("action", "pendng");
    }

    @Test
    void aFormTasklistCannotRenderIsCaught() {
        var broken = copyWith("form-work-case", "reason", "type", "richtext");
        ((ObjectNode) broken.get("form-work-case")).put("schemaVersion", 18);
        assertThat(formProblems(broken)).hasSize(2).anySatisfy(p -> assertThat(p).contains("richtext"))
                .anySatisfy(p -> assertThat(p).contains("schemaVersion 18"));
    }

    @Test
    void aMissingFormOrWrongBindingIsCaught() {
        var withoutTriage = new LinkedHashMap<>(forms);
        withoutTriage.remove("form-triage-case");
        assertThat(formRefProblems(models, withoutTriage)).singleElement().asString()
                .contains("Task_TriageCase", "form-triage-case");

        BpmnModelInstance model = Bpmn.readModelFromStream(
                new ByteArrayInputStream(Bpmn.convertToString(lifecycle()).getBytes(StandardCharsets.UTF_8)));
        model.<UserTask>getModelElementById(CaseLifecycle.Tasks.WORK).setCamundaFormRefBinding("latest");
        assertThat(formRefProblems(Map.of(Path.of("changed.bpmn"), model), forms)).singleElement().asString()
                .contains("Task_WorkCase", "binding 'latest'");
    }

    // ---------------------------------------------------------------------------------------------

    record FormStep(String processKey, String elementId, String formRef, String binding) {
    }

    static List<FormStep> formSteps(BpmnModelInstance model) {
        List<FormStep> steps = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            steps.add(new FormStep(processKey(task), task.getId(), task.getCamundaFormRef(),
                    task.getCamundaFormRefBinding()));
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null) {
                steps.add(new FormStep(processKey(start), start.getId(), start.getCamundaFormRef(),
                        start.getCamundaFormRefBinding()));
            }
        }
        return steps;
    }

    static List<String> formRefProblems(Map<Path, BpmnModelInstance> models, Map<String, JsonNode> forms) {
        List<String> problems = new ArrayList<>();
        models.forEach((file, model) -> formSteps(model).forEach(step -> {
            String where = "%s: %s".formatted(file.getFileName(), step.elementId());
            if (step.formRef() == null) {
                problems.add(where + " has no camunda:formRef");
            } else if (!forms.containsKey(step.formRef())) {
                problems.add(where + " refers to form '%s', which no file in forms/ has as id".formatted(step.formRef()));
            }
            if (step.formRef() != null && !"deployment".equals(step.binding())) {
                problems.add(where + " has binding '%s'; it must be 'deployment' so a process version keeps its forms"
                        .formatted(step.binding() == null ? "latest" : step.binding()));
            }
        }));
        return problems;
    }

    static List<String> formProblems(Map<String, JsonNode> forms) {
        List<String> problems = new ArrayList<>();
        forms.forEach((id, form) -> {
            int version = form.path("schemaVersion").asInt(-1);
            if (version < 1 || version > TASKLIST_SCHEMA_VERSION) {
                problems.add("%s: schemaVersion %d, Tasklist 7.24 renders up to %d".formatted(id, version,
                        TASKLIST_SCHEMA_VERSION));
            }
            components(form).forEach(component -> {
                String type = component.path("type").asText();
                if (!FORM_JS_1_TYPES.contains(type)) {
                    problems.add("%s: component %s has type '%s', unknown to form-js 1.x".formatted(id,
                            component.path("id").asText(), type));
                }
            });
        });
        return problems;
    }

    static List<String> fieldKeyProblems(Map<Path, BpmnModelInstance> models, Map<String, JsonNode> forms) {
        List<String> problems = new ArrayList<>();
        models.forEach((file, model) -> formSteps(model).forEach(step -> {
            JsonNode form = forms.get(step.formRef());
            if (form == null) {
                return;
            }
            Set<String> expected = variablesOf(step.processKey(), model);
            fields(form).forEach(field -> {
                String key = field.path("key").asText();
                if (!expected.contains(key)) {
                    problems.add("%s: %s shows form %s, whose field '%s' is not a variable process %s reads"
                            .formatted(file.getFileName(), step.elementId(), step.formRef(), key, step.processKey()));
                }
            });
            Matcher template = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}").matcher(form.toString());
            while (template.find()) {
                if (!expected.contains(template.group(1))) {
                    problems.add("%s: form %s shows {{%s}}, which process %s does not set".formatted(
                            file.getFileName(), step.formRef(), template.group(1), step.processKey()));
                }
            }
        }));
        return problems;
    }

    static List<String> optionValueProblems(Map<String, JsonNode> forms) {
        List<String> problems = new ArrayList<>();
        forms.forEach((id, form) -> fields(form).forEach(field -> {
            Set<String> allowed = ALLOWED_OPTION_VALUES.get(field.path("key").asText());
            if (allowed == null) {
                return;
            }
            for (JsonNode option : field.path("values")) {
                if (!allowed.contains(option.path("value").asText())) {
                    problems.add("%s: field '%s' offers '%s'; the process accepts only %s".formatted(id,
                            field.path("key").asText(), option.path("value").asText(), new TreeSet<>(allowed)));
                }
            }
            JsonNode defaultValue = field.get("defaultValue");
            if (defaultValue != null && !allowed.contains(defaultValue.asText())) {
                problems.add("%s: field '%s' defaults to '%s'; the process accepts only %s".formatted(id,
                        field.path("key").asText(), defaultValue.asText(), new TreeSet<>(allowed)));
            }
        }));
        return problems;
    }

    static List<String> literalChoiceListProblems(Map<String, JsonNode> forms) {
        List<String> problems = new ArrayList<>();
        forms.forEach((id, form) -> fields(form).forEach(field -> {
            String key = field.path("key").asText();
            ChoiceList list = POLICY_LISTS.get(key);
            if (list == null) {
                return;
            }
            for (String literal : List.of("values", "valuesExpression", "defaultValue")) {
                if (field.has(literal)) {
                    problems.add("%s: field '%s' has literal %s; its options come from processes/case-choices.dmn "
                            .formatted(id, key, literal) + "through valuesKey '%s'".formatted(list.optionsVariable()));
                }
            }
            if (!list.optionsVariable().equals(field.path("valuesKey").asText())) {
                problems.add("%s: field '%s' takes its options from '%s'; the process fills '%s'".formatted(id, key,
                        field.path("valuesKey").asText(), list.optionsVariable()));
            }
        }));
        return problems;
    }

    /**
     * What a process reads: its constants class where it has one; otherwise the names its expressions
     * use plus the string literals in the main sources, which is where delegates name what they read.
     */
    static Set<String> variablesOf(String processKey, BpmnModelInstance model) {
        Class<?> constants = VARIABLES_BY_PROCESS.get(processKey);
        if (constants != null) {
            return Set.copyOf(constants(constants));
        }
        Set<String> names = new TreeSet<>();
        Matcher expression = Pattern.compile("\\$\\{\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)").matcher(Bpmn.convertToString(model));
        while (expression.find()) {
            names.add(expression.group(1));
        }
        Pattern literal = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    static String processKey(FlowElement element) {
        var parent = element.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return parent == null ? null : ((Process) parent).getId();
    }

    /** All components, including those nested in groups and dynamic lists. */
    static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : container.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }

    /** Components that bind a value: those with a key. */
    static List<JsonNode> fields(JsonNode form) {
        return components(form).stream().filter(c -> c.hasNonNull("key")).toList();
    }

    static JsonNode findField(JsonNode form, String key) {
        return fields(form).stream().filter(f -> key.equals(f.path("key").asText())).findFirst().orElseThrow();
    }

    static Set<String> optionValues(JsonNode form, String key) {
        Set<String> values = new TreeSet<>();
        findField(form, key).path("values").forEach(v -> values.add(v.path("value").asText()));
        return values;
    }

    private Map<String, JsonNode> copyWith(String formId, String fieldKey, String property, String value) {
        var copy = new LinkedHashMap<>(forms);
        ObjectNode form = forms.get(formId).deepCopy();
        ((ObjectNode) findField(form, fieldKey)).put(property, value);
        copy.put(formId, form);
        return copy;
    }

    private static BpmnModelInstance lifecycle() {
        return models.values().stream()
                .filter(m -> m.getModelElementById(CaseLifecycle.KEY) != null)
                .findFirst().orElseThrow();
    }

    static Map<String, JsonNode> readForms(Path directory) throws IOException {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (Path file : list(directory, ".form")) {
            JsonNode form = json.readTree(file.toFile());
            String id = form.path("id").asText();
            assertThat(byId).as("form id %s in %s is used by another form", id, file).doesNotContainKey(id);
            byId.put(id, form);
        }
        return byId;
    }

    private static List<Path> list(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<String> constants(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Set.copyOf(Arrays.stream(values).map(Enum::name).toList());
    }
}
