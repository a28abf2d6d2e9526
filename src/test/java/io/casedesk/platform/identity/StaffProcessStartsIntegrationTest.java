package io.casedesk.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.casedesk.IntegrationTest;
import io.casedesk.hardening.Attack;

/**
 * What staff may start or drive by hand through the engine REST API, as an analyst would try it:
 * only the "Log a phone call" start form. A second lifecycle for a case, escalation and complaint
 * instances the case does not know about, a lifecycle begun at an inner step, correlating the
 * lifecycle's messages and overwriting its variables are all refused with 403 and leave no trace.
 */
class StaffProcessStartsIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AuthorizationService authorizations;

    @Test
    @Attack(item = "15.3", attack = "an analyst correlates CaseReceived for an existing case through /engine-rest/message",
            expected = "403; the case keeps its one lifecycle")
    void aCaseNeverGetsASecondLifecycle() {
        long caseId = openCase("Second lifecycle");
        String lifecycle = processOf(caseId);

        var refused = post("/engine-rest/message", "analyst", "analyst", Map.of("messageName", "CaseReceived",
                "businessKey", numberOf(caseId), "processVariables", Map.of("caseId", typed(caseId, "Long"))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(numberOf(caseId)).list())
                .extracting(pi -> pi.getId()).containsExactly(lifecycle);
        assertThat(processOf(caseId)).isEqualTo(lifecycle);
    }

    @Test
    @Attack(item = "15.3", attack = "an analyst correlates CaseReceived for a case that does not exist",
            expected = "403; no lifecycle instance is created")
    void caseReceivedNeedsAStoredCase() {
        long before = lifecycles();
        var refused = post("/engine-rest/message", "analyst", "analyst", Map.of("messageName", "CaseReceived",
                "businessKey", "987654321", "processVariables", Map.of("caseId", typed(987654321L, "Long"))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(lifecycles()).isEqualTo(before);
    }

    @Test
    @Attack(item = "15.3", attack = "an analyst or manager starts escalation and complaint instances through /engine-rest",
            expected = "403 (no CREATE_INSTANCE); no instance is created")
    void staffCannotStartEscalationsOrComplaints() {
        long caseId = openCase("Unknown escalation");
        for (String user : List.of("analyst", "manager")) {
            for (String key : List.of("escalation", "complaint")) {
                long before = runtime.createProcessInstanceQuery().processDefinitionKey(key).count();
                var refused = post("/engine-rest/process-definition/key/" + key + "/start", user, user,
                        Map.of("businessKey", numberOf(caseId), "variables", Map.of("caseId", typed(caseId, "Long"))));
                assertThat(refused.status()).as(user + " starts " + key + ": " + refused.body()).isEqualTo(403);
                assertThat(refused.json().get("message").asText()).contains("CREATE_INSTANCE");
                assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count()).isEqualTo(before);
            }
        }
    }

    @Test
    @Attack(item = "15.3", attack = "an analyst starts case-lifecycle at 'Triage and respond' with an existing case's id",
            expected = "403; no second lifecycle")
    void aLifecycleStartsOnlyAtItsStartEvents() {
        long caseId = openCase("Inner start");
        long before = lifecycles();

        var refused = post("/engine-rest/process-definition/key/case-lifecycle/start", "analyst", "analyst",
                Map.of("businessKey", numberOf(caseId), "variables", Map.of("caseId", typed(caseId, "Long")),
                        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_TriageCase"))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(lifecycles()).isEqualTo(before);
    }

    @Test
    @Attack(item = "15.3", attack = "an analyst overwrites a lifecycle variable and correlates CustomerReplied by hand",
            expected = "403 for both; the case stays Pending with its variables")
    void staffCannotDriveALifecycleByHand() {
        long caseId = openCase("Driven by hand");
        String number = numberOf(caseId);
        assertThat(post("/api/cases/" + number + "/respond", "analyst", "analyst", Map.of("reply", "On it.")).status())
                .isEqualTo(200);
        assertThat(post("/api/cases/" + number + "/pending", "analyst", "analyst", Map.of("reason", "Need logs"))
                .status()).isEqualTo(200);
        String lifecycle = processOf(caseId);

        var overwrite = put("/engine-rest/process-instance/" + lifecycle + "/variables/caseId", "analyst", "analyst",
                typed(1L, "Long"));
        var correlate = post("/engine-rest/message", "analyst", "analyst", Map.of("messageName", "CustomerReplied",
                "businessKey", numberOf(caseId)));

        assertThat(overwrite.status()).as(overwrite.body()).isEqualTo(403);
        assertThat(correlate.status()).as(correlate.body()).isEqualTo(403);
        assertThat(runtime.getVariable(lifecycle, "caseId")).isEqualTo(caseId);
        assertThat(jdbc.queryForObject("select status from cd_case where id = ?", String.class, caseId))
                .isEqualTo("PENDING");
    }

    @Test
    @Attack(item = "15.3", attack = "least privilege must not break Tasklist: an analyst logs a phone call with the start form",
            expected = "200; the case exists, numbered and Open, bound to its lifecycle")
    void thePhoneCallStartFormStillWorks() {
        String callTime = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        var started = post("/engine-rest/process-definition/key/case-lifecycle/submit-form", "analyst", "analyst",
                Map.of("variables", Map.of("requesterEmail", typed("dana@acme.example", "String"),
                        "callReceivedAt", typed(callTime, "String"), "subject", typed("Printer queue stuck", "String"),
                        "description", typed("Nothing prints since the update.", "String"),
                        "category", typed("Question", "String"), "environment", typed("TEST", "String"),
                        "priority", typed("P4", "String"))));

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String lifecycle = started.json().get("id").asText();
        Map<String, Object> row = jdbc.queryForMap("select case_number, status, channel from cd_case where process_instance_id = ?",
                lifecycle);
        assertThat(row).containsEntry("STATUS", "OPEN").containsEntry("CHANNEL", "PHONE");
        assertThat(started.json().get("businessKey").isNull() ? runtime.createProcessInstanceQuery()
                .processInstanceId(lifecycle).singleResult().getBusinessKey() : started.json().get("businessKey").asText())
                .isEqualTo(row.get("CASE_NUMBER"));
    }

    @Test
    @Attack(item = "15.3", attack = "an analyst submits the phone-call start form with caseId and slaClocksRequested of a running case",
            expected = "403 naming them; no case, no lifecycle, the running case's SLA untouched")
    void aPhoneCallStartCarriesOnlyTheFormsFields() {
        long running = openCase("Phone start smuggling");
        long cases = jdbc.queryForObject("select count(*) from cd_case", Long.class);
        long before = lifecycles();
        var refused = post("/engine-rest/process-definition/key/case-lifecycle/submit-form", "analyst", "analyst",
                Map.of("businessKey", numberOf(running), "variables", Map.of(
                        "requesterEmail", typed("dana@acme.example", "String"),
                        "callReceivedAt", typed(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
                                .toString(), "String"),
                        "subject", typed("Smuggled", "String"), "description", typed("Smuggled", "String"),
                        "category", typed("Question", "String"), "environment", typed("TEST", "String"),
                        "priority", typed("P4", "String"), "caseId", typed(running, "Long"),
                        "slaClocksRequested", typed(true, "Boolean"))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("caseId").contains("slaClocksRequested");
        assertThat(lifecycles()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from cd_case", Long.class)).isEqualTo(cases);
    }

    @Test
    @Attack(item = "15.3", attack = "a database set up by an earlier version grants staff CREATE_INSTANCE on every definition",
            expected = "start-up takes it back; case-lifecycle stays startable")
    void startUpTakesBackTheOldBroadGrant() {
        Authorization any = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(StaffGroups.ANALYSTS).resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(Authorization.ANY).singleResult();
        any.addPermission(Permissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(any);
        assertThat(mayStart("escalation")).isTrue();

        new StaffAuthorizations(authorizations).grantAll();

        assertThat(mayStart("escalation")).isFalse();
        assertThat(mayStart("complaint")).isFalse();
        assertThat(mayStart("case-lifecycle")).isTrue();
    }

    private boolean mayStart(String key) {
        return authorizations.isUserAuthorized("analyst", List.of(StaffGroups.ANALYSTS), Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, key);
    }

    private long lifecycles() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("case-lifecycle").count();
    }

    private long openCase(String subject) {
        var created = post("/api/customer/cases", "dana@acme.example", "customer", Map.of("subject", subject,
                "description", "Opened to check what staff may start", "category", "Question", "priority", "P4",
                "environment", "TEST"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return jdbc.queryForObject("select id from cd_case where case_number = ?", Long.class,
                created.json().get("number").asText());
    }

    private String numberOf(long caseId) {
        return jdbc.queryForObject("select case_number from cd_case where id = ?", String.class, caseId);
    }

    private String processOf(long caseId) {
        return jdbc.queryForObject("select process_instance_id from cd_case where id = ?", String.class, caseId);
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }
}
