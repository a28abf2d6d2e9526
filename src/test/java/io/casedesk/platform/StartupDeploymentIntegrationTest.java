package io.casedesk.platform;

import io.casedesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.cases.process.CaseLifecycle;

/**
 * Forms are bound with {@code camunda:formRefBinding="deployment"}: a process version finds its
 * forms only in its own deployment, so start-up must deploy them together.
 */
class StartupDeploymentIntegrationTest extends IntegrationTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration engineConfiguration;

    @Test
    void theFormsAreDeployedTogetherWithTheLifecycle() throws IOException {
        Deployment startup = startupDeploymentOf(CaseLifecycle.KEY);
        List<String> resources = repository.getDeploymentResourceNames(startup.getId());

        List<String> formFiles;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            formFiles = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".form")).toList();
        }
        assertThat(formFiles).isNotEmpty();
        for (String form : formFiles) {
            assertThat(resources).as("resources of deployment %s", startup.getName()).anyMatch(r -> r.endsWith(form));
        }
        List<String> deployedFormIds = new java.util.ArrayList<>();
        for (String resource : resources.stream().filter(r -> r.endsWith(".form")).toList()) {
            try (var in = repository.getResourceAsStream(startup.getId(), resource)) {
                deployedFormIds.add(FormsAndModelsTest.json.readTree(in).path("id").asText());
            }
        }
        assertThat(deployedFormIds).containsExactlyInAnyOrderElementsOf(
                FormsAndModelsTest.readForms(Path.of("forms")).keySet());
    }

    /**
     * A release that changes only the BPMN must still deploy the forms with it: with per-resource
     * filtering ({@code deploy-changed-only: true}) the new process version would be deployed alone
     * and find none of its forms. This repeats start-up's deployment call with the engine's setting.
     */
    @Test
    void aChangedModelIsDeployedTogetherWithItsUnchangedForms() throws IOException {
        String name = "startup-probe-" + java.util.UUID.randomUUID();
        var resources = engineConfiguration.getDeploymentResources();
        assertThat(resources).isNotEmpty();

        Deployment first = startupLikeDeployment(name, resources, null);
        Deployment restart = startupLikeDeployment(name, resources, null);
        Deployment changed = startupLikeDeployment(name, resources, "case-lifecycle.bpmn");

        assertThat(restart.getId()).as("a restart with no file changed deploys nothing new").isEqualTo(first.getId());
        assertThat(changed.getId()).as("a changed model is deployed").isNotEqualTo(first.getId());
        List<String> deployed = repository.getDeploymentResourceNames(changed.getId());
        assertThat(deployed).as("resources deployed with the changed model").hasSize(resources.length)
                .anyMatch(r -> r.endsWith("form-triage-case.form"));
    }

    private Deployment startupLikeDeployment(String name, org.springframework.core.io.Resource[] resources,
            String changing) throws IOException {
        var builder = repository.createDeployment().name(name)
                .enableDuplicateFiltering(engineConfiguration.isDeployChangedOnly());
        for (var resource : resources) {
            byte[] bytes = resource.getContentAsByteArray();
            if (resource.getFilename().equals(changing)) {
                bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        .replaceFirst("camunda:versionTag=\"[^\"]*\"", "camunda:versionTag=\"probe\"")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            builder.addInputStream(resource.getFilename(), new java.io.ByteArrayInputStream(bytes));
        }
        // When nothing changed the engine deploys nothing and answers with the deployment that has it all.
        return builder.deploy();
    }

    /** The latest deployment start-up made of the process (by its name), whatever tests deployed since. */
    private Deployment startupDeploymentOf(String processKey) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).list().stream()
                .map(definition -> repository.createDeploymentQuery().deploymentId(definition.getDeploymentId())
                        .singleResult())
                .filter(d -> engineConfiguration.getDeploymentName().equals(d.getName()))
                .max(Comparator.comparing(Deployment::getDeploymentTime))
                .orElseThrow();
    }
}
