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
    JdbcTemplate jdbc;

    @Test
    void triageFormCompletesTheTaskWithTheDeployedFieldKeys() throws Exception {
        var created = post("/api/customer/cases", "dana@acme.example", "customer", Map.of("subject", "Form API check",
                "description", "Report export fails", "category", "Question", "priority", "P4",
                "environment", "TEST"));
        String number = created.json().get("number").asText();
        long caseId = jdbc.queryForObject("select id from cd_case where case_number = ?", Long.class, number);
        Task triage = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(caseId))
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
        assertThat(keys).containsExactlyInAnyOrder(Vars.PRIORITY, Vars.PRIORITY_REASON, Vars.CATEGORY,
                Vars.CASE_OWNER, Vars.FIRST_REPLY);

        Map<String, Object> submission = new HashMap<>();
        for (String key : keys) {
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
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .taskDefinitionKey(CaseLifecycle.Tasks.WORK).singleResult().getAssignee()).isEqualTo("analyst2");
    }
}
