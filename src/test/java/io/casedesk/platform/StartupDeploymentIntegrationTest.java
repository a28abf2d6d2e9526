package io.casedesk.platform;

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
import org.springframework.boot.test.context.SpringBootTest;

import io.casedesk.cases.process.CaseLifecycle;

/**
 * Forms are bound with {@code camunda:formRefBinding="deployment"}: a process version finds its
 * forms only in its own deployment, so start-up must deploy them together.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StartupDeploymentIntegrationTest {

    @Autowired
    RepositoryService repository;

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

    /** The first deployment that holds the process: the one start-up made, whatever later ones a test adds. */
    private Deployment startupDeploymentOf(String processKey) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).list().stream()
                .map(definition -> repository.createDeploymentQuery().deploymentId(definition.getDeploymentId())
                        .singleResult())
                .filter(d -> !"Camunda Modeler".equals(d.getSource()))
                .min(Comparator.comparing(Deployment::getDeploymentTime))
                .orElseThrow();
    }
}
