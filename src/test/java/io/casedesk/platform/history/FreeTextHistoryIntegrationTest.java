package io.casedesk.platform.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.casedesk.IntegrationTest;
import io.casedesk.hardening.Attack;

/**
 * Customer text typed into Tasklist forms (a phone call's subject and description, the first reply,
 * a priority reason, the resolution summary) reaches the case tables and nothing of it stays in the
 * engine's history, while the history of ids and choices is kept.
 */
class FreeTextHistoryIntegrationTest extends IntegrationTest {

    @Autowired
    FormService forms;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
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

    @Test
    @Attack(item = "15.11", attack = "phone call, triage and resolution through Tasklist forms carrying customer text",
            expected = "ACT_HI_VARINST and ACT_HI_DETAIL hold none of the text; the case holds all of it")
    void customerTextFromFormsStaysOutOfEngineHistory() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // (a database kept between runs may hold evaluations from before the filter: count this run's only)
        java.util.Date started = java.util.Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
        String subject = "Scanner offline " + tag;
        String description = "The scanner on line 3 lost its connection, said the caller " + tag;
        String firstReply = "We are on it and will call you back " + tag;
        String priorityReason = "Whole line stopped " + tag;
        String summary = "Replaced the network cable of the scanner " + tag;
        List<String> texts = List.of(subject, description, firstReply, priorityReason, summary);

        identity.setAuthentication("analyst", List.of("support-analysts"));
        String lifecycle = forms.submitStartForm(latestLifecycle(), Map.of("requesterEmail", "dana@acme.example",
                "callReceivedAt", Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString(),
                "subject", subject, "description", description, "category", "Question", "environment", "PRODUCTION",
                "priority", "P4")).getId();
        forms.submitTaskForm(task(lifecycle, "Task_TriageCase"), Map.of("priority", "P2", "priorityReason", priorityReason,
                "category", "Question", "caseOwner", "analyst", "firstReply", firstReply));
        Map<String, Object> resolution = new HashMap<>(Map.of("action", "resolve", "resolutionCause", "CONFIGURATION_ERROR",
                "solutionType", "ANSWER", "resolutionSummary", summary));
        forms.submitTaskForm(task(lifecycle, "Task_WorkCase"), resolution);
        // Read the history as the system: the analyst may not (no READ_HISTORY), which would hide every row.
        identity.clearAuthentication();

        long caseId = jdbc.queryForObject("select id from cd_case where process_instance_id = ?", Long.class, lifecycle);
        assertThat(jdbc.queryForMap("select status, subject, description from cd_case where id = ?", caseId))
                .containsEntry("STATUS", "RESOLVED").containsEntry("SUBJECT", subject)
                .containsEntry("DESCRIPTION", description);
        assertThat(jdbc.queryForList("select body from cd_case_message where case_id = ?", String.class, caseId))
                .contains(firstReply, summary);
        assertThat(jdbc.queryForList("select reason from cd_case_priority_change where case_id = ?", String.class, caseId))
                .contains(priorityReason);

        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery().includeDeleted()
                .processInstanceId(lifecycle).list();
        List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(lifecycle).list();
        assertThat(variables).extracting(HistoricVariableInstance::getName)
                .contains("caseId", "caseNumber", "priority", "action", "resolutionCause")
                .doesNotContain("subject", "description", "firstReply", "priorityReason", "resolutionSummary",
                        "requesterEmail")
                // the option lists each staff task carries are copies of case-choices.dmn, kept out of history
                .doesNotContain("priorityOptions", "categoryOptions", "causeOptions", "solutionTypeOptions",
                        "closingReasonOptions");
        assertThat(details).isNotEmpty();
        List<String> stored = new ArrayList<>();
        variables.forEach(v -> stored.add(String.valueOf(v.getValue())));
        details.forEach(d -> stored.add(d instanceof HistoricVariableUpdate update ? String.valueOf(update.getValue())
                : String.valueOf(((HistoricFormField) d).getFieldValue())));
        stored.addAll(jdbc.queryForList("select concat(coalesce(TEXT_, ''), ' ', coalesce(TEXT2_, '')) from ACT_HI_VARINST"
                + " where PROC_INST_ID_ = ?", String.class, lifecycle));
        stored.addAll(jdbc.queryForList("select concat(coalesce(TEXT_, ''), ' ', coalesce(TEXT2_, '')) from ACT_HI_DETAIL"
                + " where PROC_INST_ID_ = ?", String.class, lifecycle));
        for (String text : texts) {
            assertThat(stored).as("engine history must not hold %s", text).noneMatch(value -> value.contains(tag)
                    && value.contains(text));
        }
        assertThat(stored).noneMatch(value -> value.contains(tag));

        // Tasklist names each task after its case's subject; the engine's history keeps only step and number.
        String number = jdbc.queryForObject("select case_number from cd_case where id = ?", String.class, caseId);
        assertThat(jdbc.queryForList("select NAME_ from ACT_HI_TASKINST where PROC_INST_ID_ = ?", String.class, lifecycle))
                .containsExactlyInAnyOrder("Triage and respond " + number, "Work the case " + number);

        // The choice lists every task and request read from case-choices.dmn stay out of the decision history
        // (casedesk.history.unrecorded-decisions); the case's own decisions, such as its priority, are recorded.
        assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("case-choices")
                .evaluatedAfter(started).count()).isZero();
        assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("priority")
                .processInstanceId(lifecycle).count()).isPositive();
    }

    private String latestLifecycle() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("case-lifecycle").latestVersion()
                .singleResult().getId();
    }

    private String task(String processInstanceId, String key) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult().getId();
    }
}
