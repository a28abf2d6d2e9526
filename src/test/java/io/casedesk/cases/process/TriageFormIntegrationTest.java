package io.casedesk.cases.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.IntegrationTest;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/**
 * Completes "Triage and respond" the way Tasklist does: fetch the Camunda Form deployed with the
 * process, fill in its fields by their keys, submit through the engine's form API. If the form and
 * the delegates disagree on a key, the case does not end up as triaged.
 */
class TriageFormIntegrationTest extends IntegrationTest {

    @Autowired
    FormService forms;
    @Autowired
    TaskService tasks;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void triageFormCompletesTheTaskWithTheDeployedFieldKeys() throws Exception {
        var created = post("/api/customer/cases", "dana@acme.example", "customer", Map.of("subject", "Form API check",
                "description", "Report export fails", "category", "Question", "priority", "P4",
                "environment", "TEST"));
        String number = created.json().get("number").asText();
        long caseId = jdbc.queryForObject("select id from cd_case where case_number = ?", Long.class, number);
        Task triage = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(CaseLifecycle.Tasks.TRIAGE).singleResult();

        JsonNode form;
        try (InputStream deployed = forms.getDeployedTaskForm(triage.getId())) {
            form = json.readTree(deployed);
        }
        assertThat(form.get("id").asText()).isEqualTo("form-triage-case");
        List<String> keys = new ArrayList<>();
        form.get("components").forEach(component -> {
            if (component.has("key")) {
                keys.add(component.get("key").asText());
            }
        });
        List<String> shown = List.of(Vars.CASE_SUBJECT, Vars.CASE_CUSTOMER, Vars.CASE_ORGANISATION,
                Vars.CASE_ENVIRONMENT, Vars.CASE_PRODUCT, Vars.CASE_DESCRIPTION, Vars.CASE_LAST_CUSTOMER_MESSAGE,
                Vars.SLA_ACKNOWLEDGEMENT_DUE, Vars.SLA_FIRST_RESPONSE_DUE, Vars.SLA_UPDATE_INTERVAL_DUE,
                Vars.SLA_RESOLUTION_DUE);
        List<String> entered = List.of(Vars.PRIORITY, Vars.PRIORITY_REASON, Vars.CATEGORY, Vars.CASE_OWNER,
                Vars.FIRST_REPLY);
        List<String> all = new ArrayList<>(shown);
        all.addAll(entered);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(all);

        // The case in front of the agent, from the task's own variables; the task is named and ranked after it.
        var shownValues = forms.getTaskFormVariables(triage.getId());
        assertThat(shownValues).containsEntry(Vars.CASE_SUBJECT, "Form API check")
                .containsEntry(Vars.CASE_DESCRIPTION, "Report export fails").containsEntry(Vars.CASE_ENVIRONMENT, "TEST");
        assertThat((String) shownValues.get(Vars.CASE_CUSTOMER)).contains("dana@acme.example");
        assertThat((String) shownValues.get(Vars.CASE_ORGANISATION)).contains("tier");
        assertThat(java.time.Instant.parse((String) shownValues.get(Vars.SLA_FIRST_RESPONSE_DUE)))
                .isEqualTo(triage.getDueDate().toInstant());
        assertThat(triage.getName()).isEqualTo("Triage and respond " + number + ": Form API check");
        assertThat(triage.getPriority()).as("P4, the lowest of P1-P4").isEqualTo(70);

        Map<String, Object> submission = new HashMap<>();
        for (String key : keys) {
            if (shown.contains(key)) {
                // Tasklist submits read-only fields too, with the values it showed.
                submission.put(key, shownValues.get(key));
                continue;
            }
            submission.put(key, switch (key) {
                case Vars.PRIORITY -> "P2";
                case Vars.PRIORITY_REASON -> "Blocks month-end reporting";
                case Vars.CATEGORY -> "Defect";
                case Vars.CASE_OWNER -> "analyst2";
                case Vars.FIRST_REPLY -> "Thanks, we reproduced it and are working on a fix.";
                default -> throw new AssertionError("Unexpected form field " + key);
            });
        }
        forms.submitTaskForm(triage.getId(), submission);

        Map<String, Object> row = jdbc.queryForMap(
                "select status, priority, category, owner, first_response_at from cd_case where id = ?", caseId);
        assertThat(row).containsEntry("STATUS", "IN_PROGRESS").containsEntry("PRIORITY", "P2")
                .containsEntry("CATEGORY", "Defect").containsEntry("OWNER", "analyst2");
        assertThat(row.get("FIRST_RESPONSE_AT")).isNotNull();
        assertThat(jdbc.queryForObject("select reason from cd_case_priority_change where case_id = ?", String.class,
                caseId)).isEqualTo("Blocks month-end reporting");
        assertThat(jdbc.queryForList("select body from cd_case_message where case_id = ? and visibility = 'PUBLIC'",
                String.class, caseId)).containsExactly("Thanks, we reproduced it and are working on a fix.");
        Task work = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(CaseLifecycle.Tasks.WORK).singleResult();
        assertThat(work.getAssignee()).isEqualTo("analyst2");
        assertThat(work.getPriority()).as("now P2").isEqualTo(90);
        // The read-only copies ended with the triage task: the process holds none of the customer's text.
        assertThat(runtime.getVariables(triage.getProcessInstanceId())).doesNotContainKeys(shown.toArray(String[]::new));
    }
}
