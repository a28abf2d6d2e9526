package io.casedesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseSearch;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.process.CaseLifecycle;
import io.casedesk.escalation.process.EscalationProcess;
import io.casedesk.platform.identity.StaffGroups;
import io.casedesk.sla.PolicySets;

/**
 * Policy A's outage rule on a live context with the policy-a set: the dev profile's demo outage (P1,
 * received 20 minutes before start-up, not responded to) waits at the lifecycle's "Outage response
 * time passed" timer, due 30 minutes after receipt in core hours and 12 hours outside them; when the
 * job executor runs it (here: moved to now and executed), the case escalates to the support
 * managers, once.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:escalation-watch;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "camunda.bpm.job-execution.enabled=false",
        "casedesk.sla.policy-set=policy-a",
        "casedesk.escalation.watch-interval=PT24H" })
@ActiveProfiles("dev")
class EscalationWatchTest {

    private static final String OUTAGE_TIMER = "Timer_OutageResponseTimePassed";
    private static final String OUTAGE_STEP = "Task_EscalateUnansweredOutage";

    @Autowired
    CaseService cases;
    @Autowired
    EscalationEvents events;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    PolicySets policySets;

    @Test
    void anOutageWithoutResponseEscalatesToTheManagersFromTheEngineTimerOnce() {
        Case outage = cases.search(new CaseSearch(null, null, null, null, "dashboard shows no data"),
                new CaseAccess.Staff("analyst"), org.springframework.data.domain.Pageable.ofSize(1)).getContent().get(0);
        Instant received = outage.getReceivedAt();
        String lifecycle = runtime.createProcessInstanceQuery().processDefinitionKey(CaseLifecycle.KEY)
                .variableValueEquals(CaseLifecycle.Vars.CASE_ID, outage.getId()).singleResult().getId();

        // The timer is a job Cockpit and the job API list, due when the table says.
        Job timer = management.createJobQuery().processInstanceId(lifecycle).activityId(OUTAGE_TIMER).singleResult();
        boolean inCoreHours = policySets.calendar(policySets.get(PolicySets.A).mainCalendar().name()).isWorkingTime(received);
        // (the job table keeps milliseconds at most; MariaDB's may keep whole seconds)
        assertThat(timer.getDuedate().toInstant()).isCloseTo(
                received.plus(inCoreHours ? Duration.ofMinutes(30) : Duration.ofHours(12)), within(1, ChronoUnit.SECONDS));
        assertThat(events.existsByCaseIdAndTrigger(outage.getId(), EscalationTrigger.OUTAGE_NOT_RESPONDED)).isFalse();

        management.setJobDuedate(timer.getId(), new Date());
        management.executeJob(timer.getId());
        Job step = management.createJobQuery().processInstanceId(lifecycle).activityId(OUTAGE_STEP).singleResult();
        assertThat(events.existsByCaseIdAndTrigger(outage.getId(), EscalationTrigger.OUTAGE_NOT_RESPONDED)).isFalse();
        management.executeJob(step.getId());

        assertThat(events.existsByCaseIdAndTrigger(outage.getId(), EscalationTrigger.OUTAGE_NOT_RESPONDED)).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(outage.getNumber())
                .taskDefinitionKey(EscalationProcess.Elements.SUPPORT_MANAGER_REVIEWS).taskCandidateGroup(StaffGroups.MANAGERS).count())
                .isEqualTo(1);
        assertThat(management.createJobQuery().processInstanceId(lifecycle).activityId(OUTAGE_TIMER).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(lifecycle).singleResult()).isNotNull();
    }
}
