package io.casedesk.cases.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.IntegrationTest;

/**
 * A staff priority change through the API, outside any task: the open triage task takes the new
 * rank and, as the SLA clocks are re-targeted in the same transaction, the new due date; its form's
 * due time follows.
 */
class TaskUrgencyIntegrationTest extends IntegrationTest {

    @Autowired
    TaskService tasks;

    @Test
    void aPriorityChangeMovesTheOpenTasksRankAndDueDate() {
        var created = post("/api/customer/cases", "dana@acme.example", "customer", Map.of("subject", "Reports slow",
                "description", "The monthly report takes an hour", "category", "Question", "priority", "P4",
                "environment", "PRODUCTION"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String number = created.json().get("number").asText();
        Task before = triage(number);
        assertThat(before.getPriority()).isEqualTo(70);
        assertThat(before.getDueDate()).isNotNull();
        // The customer escalates: the ladder's first task is named and ranked after the case and shows its due times.
        var escalated = post("/api/customer/cases/" + number + "/escalate", "dana@acme.example", "customer",
                Map.of("reason", "PROGRESS_STALLED"));
        assertThat(escalated.status()).as(escalated.body()).isBetween(200, 202);
        Task level = escalationTask(number);
        assertThat(level.getName()).endsWith(" " + number + ": Reports slow");
        assertThat(level.getPriority()).isEqualTo(70);
        assertThat(tasks.getVariableLocal(level.getId(), CaseLifecycle.Vars.SLA_FIRST_RESPONSE_DUE))
                .isEqualTo(before.getDueDate().toInstant().toString());

        var raised = put("/api/cases/" + number + "/priority", "analyst", "analyst",
                Map.of("priority", "P2", "reason", "Blocks month-end closing"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);

        Task after = triage(number);
        assertThat(after.getPriority()).isEqualTo(90);
        // Policy C: P4 is answered within 3 business days, P2 within 8 business hours.
        assertThat(after.getDueDate()).isBefore(before.getDueDate());
        assertThat(tasks.getVariableLocal(after.getId(), CaseLifecycle.Vars.SLA_FIRST_RESPONSE_DUE))
                .isEqualTo(after.getDueDate().toInstant().toString());
        // The escalation's task follows: the case's rank, the case's new due time on its form, its own respond-by.
        Task levelAfter = escalationTask(number);
        assertThat(levelAfter.getPriority()).isEqualTo(90);
        assertThat(tasks.getVariableLocal(levelAfter.getId(), CaseLifecycle.Vars.SLA_FIRST_RESPONSE_DUE))
                .isEqualTo(after.getDueDate().toInstant().toString());
        assertThat(levelAfter.getDueDate()).isEqualTo(level.getDueDate());
    }

    private Task escalationTask(String number) {
        return tasks.createTaskQuery().processDefinitionKey("escalation").processInstanceBusinessKey(number)
                .singleResult();
    }

    private Task triage(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(CaseLifecycle.Tasks.TRIAGE).singleResult();
    }
}
