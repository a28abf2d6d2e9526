package io.casedesk.cases.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.IntegrationTest;
import io.casedesk.cases.InvalidCaseValueException;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/** An agent logs a phone call with the Tasklist start form; the case exists at once, numbered and Open. */
class PhoneCallStartFormIntegrationTest extends IntegrationTest {

    @Autowired
    FormService forms;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logOut() {
        identity.clearAuthentication();
    }

    /**
     * Tasklist loads no variables for a start form, only the form itself: its selects get the policy
     * set's lists (policy C here) as static values when the form is served, on Tasklist's own path
     * and on engine REST; the file in forms/ keeps only valuesKey.
     */
    @Test
    void theStartFormIsServedWithTheActivePolicySetsLists() throws Exception {
        String definitionId = latestLifecycle();
        var served = get("/engine-rest/process-definition/" + definitionId + "/deployed-start-form", "analyst", "analyst");
        assertThat(served.status()).as(served.body()).isEqualTo(200);
        JsonNode priority = field(served.json(), Vars.PRIORITY);
        assertThat(priority.has("valuesKey")).isFalse();
        assertThat(priority.path("values").findValuesAsText("value")).containsExactly("P1", "P2", "P3", "P4");
        assertThat(priority.path("values").path(0).path("label").asText()).isEqualTo("P1 \u2013 Urgent/Critical (production only)");
        assertThat(field(served.json(), Vars.CATEGORY).path("values").findValuesAsText("value")).containsExactly("Question",
                "Investigate", "Defect", "Enhancement request", "Outage", "Service request");
        // Everything else of the form is as deployed.
        assertThat(field(served.json(), Vars.ENVIRONMENT).path("values").findValuesAsText("value"))
                .containsExactly("PRODUCTION", "TEST", "OTHER");
        var byKey = get("/engine-rest/process-definition/key/" + CaseLifecycle.KEY + "/deployed-start-form", "analyst",
                "analyst");
        assertThat(field(byKey.json(), Vars.PRIORITY).path("values").findValuesAsText("value")).hasSize(4);

        try (InputStream deployed = forms.getDeployedStartForm(definitionId)) {
            JsonNode stored = json.readTree(deployed);
            assertThat(field(stored, Vars.PRIORITY).path("valuesKey").asText()).isEqualTo("priorityOptions");
            assertThat(field(stored, Vars.PRIORITY).has("values")).isFalse();
        }
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("no field " + key + " in " + form);
    }

    @Test
    void phoneCallBecomesACaseWithTheCallTimeAsReceivedTime() throws Exception {
        String definitionId = latestLifecycle();
        List<String> keys = startFormKeys(definitionId);
        assertThat(keys).contains(Vars.REQUESTER_EMAIL, Vars.CALL_RECEIVED_AT, Vars.SUBJECT, Vars.DESCRIPTION,
                Vars.CATEGORY, Vars.ENVIRONMENT, Vars.PRIORITY);

        String callTime = Instant.now().minus(25, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        // As Tasklist does: the user with their groups, so the group's engine authorizations apply.
        identity.setAuthentication("analyst", List.of("support-analysts"));
        ProcessInstance pi = forms.submitStartForm(definitionId, submission(keys, callTime));

        Map<String, Object> row = jdbc.queryForMap(
                "select case_number, status, channel, received_at, requester_email, subject from cd_case where process_instance_id = ?",
                pi.getId());
        assertThat(row).containsEntry("STATUS", "OPEN").containsEntry("CHANNEL", "PHONE")
                .containsEntry("REQUESTER_EMAIL", "dana@acme.example").containsEntry("SUBJECT", "Line 3 scanner offline");
        assertThat(((java.sql.Timestamp) row.get("RECEIVED_AT")).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC))
                .isEqualTo(Instant.parse(callTime));
        assertThat(jdbc.queryForObject("select changed_by from cd_case_status_change where to_status = 'OPEN' and case_id ="
                + " (select id from cd_case where process_instance_id = ?)", String.class, pi.getId()))
                .isEqualTo("staff:analyst");
        // Cockpit lists the case by its number
        assertThat(pi.getBusinessKey()).isEqualTo(
                jdbc.queryForObject("select case_number from cd_case where process_instance_id = ?", String.class, pi.getId()));
    }

    @Test
    void aCallCannotHaveBeenReceivedInTheFuture() throws Exception {
        String definitionId = latestLifecycle();
        long before = jdbc.queryForObject("select count(*) from cd_case", Long.class);
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();

        assertThatThrownBy(() -> forms.submitStartForm(definitionId, submission(startFormKeys(definitionId), tomorrow)))
                .isInstanceOf(InvalidCaseValueException.class)
                .hasMessage("The time a case was received cannot be in the future.");
        assertThat(jdbc.queryForObject("select count(*) from cd_case", Long.class)).isEqualTo(before);
    }

    private String latestLifecycle() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(CaseLifecycle.KEY).latestVersion()
                .singleResult().getId();
    }

    private List<String> startFormKeys(String definitionId) throws Exception {
        JsonNode form;
        try (InputStream deployed = forms.getDeployedStartForm(definitionId)) {
            form = json.readTree(deployed);
        }
        assertThat(form.get("id").asText()).isEqualTo("form-log-phone-call");
        List<String> keys = new ArrayList<>();
        form.get("components").forEach(c -> {
            if (c.has("key")) {
                keys.add(c.get("key").asText());
            }
        });
        return keys;
    }

    private static Map<String, Object> submission(List<String> keys, String callTime) {
        Map<String, Object> values = new HashMap<>();
        for (String key : keys) {
            values.put(key, switch (key) {
                case Vars.REQUESTER_EMAIL -> "dana@acme.example";
                case Vars.CALL_RECEIVED_AT -> callTime;
                case Vars.SUBJECT -> "Line 3 scanner offline";
                case Vars.DESCRIPTION -> "Scanner on line 3 shows 'no connection' since 08:00.";
                case Vars.CATEGORY -> "Outage";
                case Vars.ENVIRONMENT -> "PRODUCTION";
                case Vars.PRIORITY -> "P2";
                case Vars.PRODUCT -> "Casedesk Demo";
                case Vars.PRODUCT_VERSION -> "7.4";
                default -> throw new AssertionError("Unexpected start form field " + key);
            });
        }
        return values;
    }
}
