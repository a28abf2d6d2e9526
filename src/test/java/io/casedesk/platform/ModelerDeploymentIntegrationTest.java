package io.casedesk.platform;

import io.casedesk.IntegrationTest;
import io.casedesk.hardening.Attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.cases.process.CaseLifecycle;

/**
 * A process owner deploys from Camunda Modeler: the same multipart request, the same Basic auth,
 * against the running server. New cases take the new version; running cases keep theirs.
 */
class ModelerDeploymentIntegrationTest extends IntegrationTest {

    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    static final String ORIGINAL_LABEL = "First reply to the customer";
    static final String CHANGED_LABEL = "First public reply to the customer (changed in the Modeler)";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    DecisionService decisions;

    @Test
    void aChangedProcessAndItsFormReachNewCasesWhileRunningCasesKeepTheirVersion() throws IOException {
        var api = new CaseApiClient(rest);
        String runningCase = api.openCase("Before the Modeler deployment");
        ProcessDefinition before = definitionOf(runningCase);

        // Unique changes, so the test also holds on a database that keeps earlier runs' deployments (MariaDB).
        String versionTag = "modeler-test-" + UUID.randomUUID().toString().substring(0, 8);
        String changedLabel = CHANGED_LABEL + " " + versionTag;
        String bpmn = Files.readString(Path.of("processes/case-lifecycle.bpmn"))
                .replaceFirst("camunda:versionTag=\"[^\"]*\"", "camunda:versionTag=\"" + versionTag + "\"");
        String form = Files.readString(Path.of("forms/form-triage-case.form")).replace(ORIGINAL_LABEL, changedLabel);
        assertThat(bpmn).as("the test changes the process").contains(versionTag);
        assertThat(form).as("the test changes the triage form").contains(changedLabel);

        ResponseEntity<JsonNode> deployed = deployAsModeler("admin", "admin", "case-lifecycle",
                file("case-lifecycle.bpmn", bpmn), file("form-triage-case.form", form));

        assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode definitions = deployed.getBody().path("deployedProcessDefinitions");
        assertThat(definitions.size()).isEqualTo(1);
        JsonNode newDefinition = definitions.elements().next();
        assertThat(newDefinition.path("key").asText()).isEqualTo(CaseLifecycle.KEY);
        assertThat(newDefinition.path("version").asInt()).isEqualTo(before.getVersion() + 1);
        assertThat(newDefinition.path("versionTag").asText()).isEqualTo(versionTag);
        String deploymentId = deployed.getBody().path("id").asText();
        assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).singleResult().getSource())
                .isEqualTo("Camunda Modeler");
        assertThat(repository.getDeploymentResourceNames(deploymentId))
                .containsExactlyInAnyOrder("case-lifecycle.bpmn", "form-triage-case.form");

        String newCase = api.openCase("After the Modeler deployment");
        assertThat(definitionOf(newCase).getId()).isEqualTo(newDefinition.path("id").asText());
        assertThat(definitionOf(runningCase).getId()).isEqualTo(before.getId());

        // Binding "deployment": each version shows the form deployed with it.
        assertThat(triageForm(newCase)).contains(changedLabel).doesNotContain(ORIGINAL_LABEL);
        assertThat(triageForm(runningCase)).doesNotContain(changedLabel);
    }

    /**
     * Camunda Modeler 5 sends enable-duplicate-filtering (whole deployment) instead of the older
     * deploy-changed-only (per file): a changed model goes out with its unchanged forms, so the new
     * version still finds them. With deploy-changed-only the unchanged form would be left out.
     */
    @Test
    void aChangedModelRedeployedWithItsUnchangedFormStillFindsIt() throws IOException {
        String deployment = "case-lifecycle-" + UUID.randomUUID().toString().substring(0, 8);
        String form = Files.readString(Path.of("forms/form-triage-case.form"));
        String original = Files.readString(Path.of("processes/case-lifecycle.bpmn"));
        for (String tag : new String[] { "first", "second" }) {
            String bpmn = original.replaceFirst("camunda:versionTag=\"[^\"]*\"",
                    "camunda:versionTag=\"" + deployment + "-" + tag + "\"");
            ResponseEntity<JsonNode> deployed = deployAs("enable-duplicate-filtering", deployment,
                    file("case-lifecycle.bpmn", bpmn), file("form-triage-case.form", form));
            assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(repository.getDeploymentResourceNames(deployed.getBody().path("id").asText()))
                    .containsExactlyInAnyOrder("case-lifecycle.bpmn", "form-triage-case.form");
        }
        String newCase = new CaseApiClient(rest).openCase("After redeploying with an unchanged form");
        assertThat(definitionOf(newCase).getVersionTag()).isEqualTo(deployment + "-second");
        assertThat(triageForm(newCase)).contains(ORIGINAL_LABEL);
    }

    @Test
    void aChangedDecisionTableIsUsedFromTheNextEvaluation() throws IOException {
        String v1 = Files.readString(Path.of("src/test/resources/modeler/first-response-target.dmn"));
        String v2 = v1.replace("\"PT1H\"", "\"PT30M\"");
        String decision = "modeler-check-first-response";

        ResponseEntity<JsonNode> first = deployAsModeler("admin", "admin", "first-response-target",
                file("first-response-target.dmn", v1));
        assertThat(first.getStatusCode()).as("%s", first.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(firstResponseFor(decision, "premium")).isEqualTo("PT1H");
        int firstVersion = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision).latestVersion()
                .singleResult().getVersion();

        ResponseEntity<JsonNode> changed = deployAsModeler("admin", "admin", "first-response-target",
                file("first-response-target.dmn", v2));
        assertThat(changed.getStatusCode()).as("%s", changed.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode definition = changed.getBody().path("deployedDecisionDefinitions").elements().next();
        assertThat(definition.path("version").asInt()).isEqualTo(firstVersion + 1);
        assertThat(firstResponseFor(decision, "premium")).isEqualTo("PT30M");
        assertThat(firstResponseFor(decision, "standard")).isEqualTo("PT4H");

        // Deploying the unchanged file again (deploy-changed-only) adds no version.
        ResponseEntity<JsonNode> again = deployAsModeler("admin", "admin", "first-response-target",
                file("first-response-target.dmn", v2));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision).latestVersion()
                .singleResult().getVersion()).isEqualTo(firstVersion + 1);
    }

    /**
     * The process owner gives policy C's second escalation level to the VP with 30 minutes (wall
     * clock) and deploys the ladder table alone from Modeler: the next escalation uses it, without
     * a restart. The original table is deployed again afterwards.
     */
    @Test
    void aChangedEscalationLadderDeployedFromModelerIsUsedByTheNextEscalation() throws Exception {
        String original = Files.readString(Path.of("processes/escalation-levels.dmn"));
        String secondLevel = "<outputEntry id=\"Rule_level_05_out3\"><text>\"support-managers\"</text></outputEntry>\n"
                + "        <outputEntry id=\"Rule_level_05_out4\"><text>false</text></outputEntry>\n"
                + "        <outputEntry id=\"Rule_level_05_out5\"><text>\"4 business hours\"</text></outputEntry>\n"
                + "        <outputEntry id=\"Rule_level_05_out6\"><text>\"case\"</text></outputEntry>";
        assertThat(original).contains(secondLevel);
        String changed = original.replace(secondLevel, secondLevel
                .replace("\"support-managers\"", "\"vp-customer-experience\"")
                .replace("\"4 business hours\"", "\"30 minutes\"").replace("\"case\"", "\"24x7\""));
        try {
            ResponseEntity<JsonNode> deployed = deployAsModeler("admin", "admin", "escalation-levels",
                    file("escalation-levels.dmn", changed));
            assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);

            // A case logged two days late has breached its first response: the breach enters policy C's ladder at level 2.
            var created = post("/api/cases", "analyst", "analyst", Map.of("requesterEmail", "dana@acme.example",
                    "channel", "PHONE", "receivedAt", java.time.OffsetDateTime.now().minusDays(2).toString(),
                    "details", Map.of("subject", "Ladder changed in Modeler", "description", "Logged late.",
                            "category", "Defect", "priority", "P2", "environment", "PRODUCTION")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String number = created.json().path("number").asText();
            Task level = null;
            for (int wait = 0; wait < 150 && level == null; wait++) {
                level = tasks.createTaskQuery().taskDefinitionKey("Task_SupportManagerReviews")
                        .processVariableValueEquals("caseNumber", number).singleResult();
                if (level == null) {
                    Thread.sleep(200);
                }
            }
            assertThat(level).as("the escalation task of " + number).isNotNull();
            String taskId = level.getId();
            assertThat(tasks.getIdentityLinksForTask(taskId)).filteredOn(link -> "candidate".equals(link.getType()))
                    .extracting(link -> link.getGroupId()).containsExactly("vp-customer-experience");
            assertThat(java.time.Duration.between(level.getCreateTime().toInstant(), level.getDueDate().toInstant()))
                    .isBetween(java.time.Duration.ofMinutes(29), java.time.Duration.ofMinutes(31));
        } finally {
            deployAsModeler("admin", "admin", "escalation-levels", file("escalation-levels.dmn", original));
        }
    }

    /**
     * The process owner adds a category to policy C's list in case-choices.dmn and deploys the table
     * alone from Modeler: the next triage task offers it, the API accepts it and its description lists
     * it, without a restart. A version that leaves one of policy C's lists empty is refused with 400.
     * The original table is deployed again afterwards.
     */
    @Test
    void aChangedChoiceListDeployedFromModelerReachesFormsTheApiAndItsDescription() throws Exception {
        String original = Files.readString(Path.of("processes/case-choices.dmn"));
        String security = """
                      <rule id="Rule_choice_modeler">
                        <inputEntry id="Rule_choice_modeler_in1"><text>"policy-c"</text></inputEntry>
                        <inputEntry id="Rule_choice_modeler_in2"><text>"category"</text></inputEntry>
                        <outputEntry id="Rule_choice_modeler_out1"><text>"Security"</text></outputEntry>
                        <outputEntry id="Rule_choice_modeler_out2"><text>"Security incident"</text></outputEntry>
                        <outputEntry id="Rule_choice_modeler_out3"><text>true</text></outputEntry>
                      </rule>
                """;
        String changed = original.replace("    </decisionTable>", security + "    </decisionTable>");
        var before = post("/api/customer/cases", "dana@acme.example", "customer", Map.of("subject", "Choices",
                "description", "A security question", "category", "Security", "priority", "P3", "environment", "TEST"));
        assertThat(before.status()).as(before.body()).isEqualTo(400);
        try {
            ResponseEntity<JsonNode> deployed = deployAsModeler("admin", "admin", "case-choices",
                    file("case-choices.dmn", changed));
            assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);

            var created = post("/api/customer/cases", "dana@acme.example", "customer", Map.of("subject", "Choices",
                    "description", "A security question", "category", "Security", "priority", "P3", "environment", "TEST"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String processInstanceId = new CaseApiClient(rest).staffView(created.json().path("number").asText())
                    .path("processInstanceId").asText();
            Task triage = tasks.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(CaseLifecycle.Tasks.TRIAGE).singleResult();
            var options = (org.camunda.bpm.engine.variable.value.SerializableValue) forms
                    .getTaskFormVariables(triage.getId(), null, false).getValueTyped("categoryOptions");
            assertThat(json.readTree(options.getValueSerialized()).findValuesAsText("value")).endsWith("Security");
            assertThat(get("/v3/api-docs", null, null).json().at("/components/schemas/NewCaseRequest/properties/category/enum")
                    .toString()).contains("\"Security\"");

            String withoutCauses = original.replaceAll(
                    "(?s)<rule id=\"Rule_choice_\\d+\">\\s*(?:<description>[^<]*</description>\\s*)?<inputEntry[^>]*><text>\"policy-c\"</text></inputEntry>\\s*"
                            + "<inputEntry[^>]*><text>\"cause\"</text></inputEntry>.*?</rule>\\s*", "");
            assertThat(withoutCauses).isNotEqualTo(original).contains("\"policy-d\"</text></inputEntry>");
            ResponseEntity<JsonNode> refused = deployAsModeler("admin", "admin", "case-choices",
                    file("case-choices.dmn", withoutCauses));
            assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().path("type").asText()).isEqualTo("ParseException");
            assertThat(refused.getBody().path("message").asText())
                    .contains("case-choices.dmn", "list 'cause' has no row for policy set 'policy-c'");
        } finally {
            deployAsModeler("admin", "admin", "case-choices", file("case-choices.dmn", original));
        }
        var after = post("/api/customer/cases", "dana@acme.example", "customer", Map.of("subject", "Choices",
                "description", "A security question", "category", "Security", "priority", "P3", "environment", "TEST"));
        assertThat(after.status()).as("the original table is back").isEqualTo(400);
    }

    @Test
    void aWrongPasswordIsRefused() throws IOException {
        String administrator = ProbeUsers.inGroup(identity, "camunda-admin");
        ResponseEntity<String> refused = deployAsModeler(String.class, administrator, "not-the-password", "wrong-password",
                file("case-lifecycle.bpmn", Files.readString(Path.of("processes/case-lifecycle.bpmn"))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(repository.createDeploymentQuery().deploymentName("wrong-password").count()).isZero();
    }

    @Test
    void anAnalystMayNotDeploy() throws IOException {
        ResponseEntity<JsonNode> refused = deployAsModeler("analyst", "analyst", "first-response-target",
                file("first-response-target.dmn",
                        Files.readString(Path.of("src/test/resources/modeler/first-response-target.dmn"))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().path("message").asText()).contains("analyst", "CREATE", "Deployment");
    }

    @Test
    void aMalformedModelGetsAReadableError() throws IOException {
        ResponseEntity<JsonNode> rejected = deployAsModeler("admin", "admin", "broken-model",
                file("broken-model.bpmn", Files.readString(Path.of("src/test/resources/modeler/broken-model.bpmn"))));

        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rejected.getBody().path("type").asText()).isEqualTo("ParseException");
        assertThat(rejected.getBody().path("message").asText()).contains("broken-model.bpmn", "Task_DoesNotExist");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("broken-model").count()).isZero();
    }

    /** A broken decision table is refused like a broken process: 400, naming the file, the line and the element. */
    @Test
    @Attack(item = "15.13", attack = "a malformed DMN deployed through engine REST",
            expected = "400 ParseException naming file, line and element")
    void aMalformedDecisionTableGetsAReadableError() throws IOException {
        String valid = Files.readString(Path.of("src/test/resources/modeler/first-response-target.dmn"));
        String withoutOutput = valid.replace("<outputEntry id=\"OutputEntry_standard\"><text>\"PT4H\"</text></outputEntry>", "");
        String badHitPolicy = valid.replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"SOMETIMES\"");
        assertThat(withoutOutput).isNotEqualTo(valid);
        assertThat(badHitPolicy).isNotEqualTo(valid);

        ResponseEntity<JsonNode> incomplete = deployAsModeler("admin", "admin", "broken-decision",
                file("broken-decision.dmn", withoutOutput));
        assertThat(incomplete.getStatusCode()).as("%s", incomplete.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(incomplete.getBody().path("type").asText()).isEqualTo("ParseException");
        assertThat(incomplete.getBody().path("message").asText())
                .contains("broken-decision.dmn", "line 18", "Rule_standard", "rule");
        JsonNode problem = incomplete.getBody().path("details").path("broken-decision.dmn").path("errors").path(0);
        assertThat(problem.path("line").asInt()).isEqualTo(18);
        assertThat(problem.path("mainElementId").asText()).isEqualTo("Rule_standard");

        ResponseEntity<JsonNode> badValue = deployAsModeler("admin", "admin", "broken-decision",
                file("broken-decision.dmn", badHitPolicy));
        assertThat(badValue.getStatusCode()).as("%s", badValue.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badValue.getBody().path("message").asText())
                .contains("broken-decision.dmn", "SOMETIMES", "DecisionTable_firstResponse");
        assertThat(repository.createDeploymentQuery().deploymentName("broken-decision").count()).isZero();
    }

    /**
     * What Camunda Modeler sends: deployment name, source and deploy-changed-only as fields, no
     * tenant-id when none is set, and each file as a part named after the file.
     */
    private ResponseEntity<JsonNode> deployAsModeler(String user, String password, String deploymentName,
            NamedFile... files) {
        return deployAsModeler(JsonNode.class, user, password, deploymentName, files);
    }

    private <T> ResponseEntity<T> deployAsModeler(Class<T> answer, String user, String password,
            String deploymentName, NamedFile... files) {
        return deploy(answer, user, password, "deploy-changed-only", deploymentName, files);
    }

    private ResponseEntity<JsonNode> deployAs(String filterField, String deploymentName, NamedFile... files) {
        return deploy(JsonNode.class, "admin", "admin", filterField, deploymentName, files);
    }

    private <T> ResponseEntity<T> deploy(Class<T> answer, String user, String password, String filterField,
            String deploymentName, NamedFile... files) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", deploymentName);
        parts.add("deployment-source", "Camunda Modeler");
        parts.add(filterField, "true");
        for (NamedFile file : files) {
            parts.add(file.name(), file.resource());
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        return rest.withBasicAuth(user, password)
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), answer);
    }

    record NamedFile(String name, ByteArrayResource resource) {
    }

    private static NamedFile file(String name, String content) {
        return new NamedFile(name, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
    }

    private ProcessDefinition definitionOf(String caseNumber) {
        String processInstanceId = new CaseApiClient(rest).staffView(caseNumber).path("processInstanceId").asText();
        String definitionId = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getProcessDefinitionId();
        return repository.getProcessDefinition(definitionId);
    }

    private String triageForm(String caseNumber) throws IOException {
        String processInstanceId = new CaseApiClient(rest).staffView(caseNumber).path("processInstanceId").asText();
        Task triage = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(CaseLifecycle.Tasks.TRIAGE).singleResult();
        try (InputStream form = forms.getDeployedTaskForm(triage.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String firstResponseFor(String decisionKey, String tier) {
        return decisions.evaluateDecisionTableByKey(decisionKey, Map.of("tier", tier)).getSingleResult()
                .getSingleEntry();
    }
}
