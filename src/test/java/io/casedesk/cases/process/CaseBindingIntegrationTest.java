package io.casedesk.cases.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.casedesk.IntegrationTest;
import io.casedesk.cases.process.CaseLifecycle.Tasks;
import io.casedesk.cases.process.CaseLifecycle.Vars;
import io.casedesk.hardening.Attack;

/**
 * A lifecycle acts on the case it was started for, whatever a task completion sends: an analyst who
 * completes one case's task through the engine REST API with another case's {@code caseId} or
 * {@code caseNumber} is refused with 403, and neither case nor process moves.
 */
class CaseBindingIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Attack(item = "15.2", attack = "an analyst completes case A's triage task through /engine-rest with caseId = case B",
            expected = "403 naming caseId; neither case nor process moves; the same completion without caseId works")
    void aTriageCompletionCannotRetargetAnotherCase() {
        long a = openCase("Binding A");
        long b = openCase("Binding B");
        String triage = taskOf(a, Tasks.TRIAGE);
        List<Map<String, Object>> historyOfB = statusHistory(b);

        var refused = post("/engine-rest/task/" + triage + "/complete", "analyst", "analyst",
                Map.of("variables", triageValues(Map.of(Vars.CASE_ID, typed(b, "Long")))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("'caseId'");
        assertThat(status(a)).isEqualTo("OPEN");
        assertThat(status(b)).isEqualTo("OPEN");
        assertThat(statusHistory(b)).isEqualTo(historyOfB);
        assertThat(taskOf(a, Tasks.TRIAGE)).isEqualTo(triage);
        assertThat(jdbc.queryForList("select LONG_ from ACT_RU_VARIABLE where NAME_ = 'caseId' and PROC_INST_ID_ = ?",
                Long.class, processOf(a))).containsExactly(a);

        var done = post("/engine-rest/task/" + triage + "/complete", "analyst", "analyst",
                Map.of("variables", triageValues(Map.of())));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        assertThat(status(a)).isEqualTo("IN_PROGRESS");
        assertThat(status(b)).isEqualTo("OPEN");
    }

    @Test
    @Attack(item = "15.2", attack = "an analyst submits case A's work form through /engine-rest with case B's caseNumber",
            expected = "403 naming caseNumber; case A stays in progress at its work task")
    void aWorkFormCannotRenameTheCase() {
        long a = openCase("Binding work A");
        long b = openCase("Binding work B");
        assertThat(post("/engine-rest/task/" + taskOf(a, Tasks.TRIAGE) + "/complete", "analyst", "analyst",
                Map.of("variables", triageValues(Map.of()))).status()).isEqualTo(204);
        String work = taskOf(a, Tasks.WORK);
        String numberOfB = jdbc.queryForObject("select case_number from cd_case where id = ?", String.class, b);

        var refused = post("/engine-rest/task/" + work + "/submit-form", "analyst", "analyst",
                Map.of("variables", Map.of(Vars.ACTION, typed("pending", "String"), Vars.REASON,
                        typed("Waiting for logs", "String"), Vars.CASE_NUMBER, typed(numberOfB, "String"))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("'caseNumber'");
        assertThat(status(a)).isEqualTo("IN_PROGRESS");
        assertThat(taskOf(a, Tasks.WORK)).isEqualTo(work);
    }

    private long openCase(String subject) {
        var created = post("/api/customer/cases", "dana@acme.example", "customer", Map.of("subject", subject,
                "description", "Opened to check which case a lifecycle acts on", "category", "Question",
                "priority", "P4", "environment", "TEST"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return jdbc.queryForObject("select id from cd_case where case_number = ?", Long.class,
                created.json().get("number").asText());
    }

    private String taskOf(long caseId, String taskKey) {
        String number = jdbc.queryForObject("select case_number from cd_case where id = ?", String.class, caseId);
        var tasks = get("/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey=" + taskKey + "&maxResults=50",
                "analyst", "analyst");
        assertThat(tasks.json()).as(tasks.body()).hasSize(1);
        return tasks.json().get(0).get("id").asText();
    }

    private String status(long caseId) {
        return jdbc.queryForObject("select status from cd_case where id = ?", String.class, caseId);
    }

    private String processOf(long caseId) {
        return jdbc.queryForObject("select process_instance_id from cd_case where id = ?", String.class, caseId);
    }

    private List<Map<String, Object>> statusHistory(long caseId) {
        return jdbc.queryForList("select id, to_status from cd_case_status_change where case_id = ? order by id", caseId);
    }

    private static Map<String, Object> triageValues(Map<String, Object> extra) {
        var values = new java.util.HashMap<String, Object>(Map.of(Vars.PRIORITY, typed("P4", "String"),
                Vars.CATEGORY, typed("Question", "String"), Vars.FIRST_REPLY, typed("We are looking into it.", "String")));
        values.putAll(extra);
        return values;
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }
}
