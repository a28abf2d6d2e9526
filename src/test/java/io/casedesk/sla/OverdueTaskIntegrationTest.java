package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.IntegrationTest;
import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.process.CaseLifecycle;

/**
 * A target that was breached is still owed: the task that serves it stays due at the missed time
 * (overdue in Tasklist, on top of "most urgent first") instead of losing its due date, which would
 * sort it among tasks without any SLA.
 */
class OverdueTaskIntegrationTest extends IntegrationTest {

    @Autowired
    CaseService cases;
    @Autowired
    SlaClocks clocks;
    @Autowired
    TaskService tasks;

    /** Policy C: a production P1 is answered within 2 hours on the 24x7 emergency calendar. */
    @Test
    void aTriageTaskWhoseFirstResponseWasMissedIsDueAtTheMissedTime() {
        var logged = post("/api/cases", "analyst", "analyst", Map.of("requesterEmail", "dana@acme.example",
                "channel", "PHONE", "receivedAt", OffsetDateTime.now().minusDays(1).toString(), "details", Map.of(
                        "subject", "Logged a day late", "description", "Phoned yesterday, written up today.",
                        "category", "Defect", "priority", "P1", "environment", "PRODUCTION")));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        Case late = cases.get(logged.json().get("number").asText(), new CaseAccess.Staff("analyst"));

        Instant missed = late.getReceivedAt().plus(java.time.Duration.ofHours(2));
        assertThat(clocks.clocks(late.getId())).anySatisfy(clock -> {
            assertThat(clock.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
            assertThat(clock.state()).isEqualTo(ClockState.BREACHED.name());
        });
        // The timers have nothing left to wait for on this target; the task still owes it.
        assertThat(clocks.dueByTarget(late.getId()).get(SlaTarget.FIRST_RESPONSE)).isNull();
        assertThat(clocks.taskDueByTarget(late.getId())).containsEntry(SlaTarget.FIRST_RESPONSE, missed);

        Task triage = tasks.createTaskQuery().processInstanceId(late.getProcessInstanceId())
                .taskDefinitionKey(CaseLifecycle.Tasks.TRIAGE).singleResult();
        // MariaDB keeps whole seconds.
        assertThat(triage.getDueDate()).isCloseTo(Date.from(missed), 1000).isBefore(new Date());
    }
}
