package io.casedesk.escalation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.casedesk.escalation.EscalationTrigger;
import io.casedesk.sla.PolicySets;
import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.ExampleCalendars;

/**
 * Policy A's watch rules as the lifecycle runs them: the real arming listeners and escalation steps
 * over the real {@code escalation-rules.dmn}, the engine clock moved forward; the case itself is a
 * stand-in whose facts (priority, first response, status) the tests change, and the ladder records
 * what it was asked to start. The other lifecycle steps are stand-ins too (CaseLifecycleProcessTest).
 */
@Deployment(resources = { "processes/case-lifecycle.bpmn", "processes/escalation-rules.dmn", "processes/priority.dmn",
        "forms/form-log-phone-call.form", "forms/form-triage-case.form", "forms/form-work-case.form" })
class WatchRulesProcessTest {

    private static final long CASE_ID = 7L;
    private static final BusinessCalendar CORE_HOURS = ExampleCalendars.policyA();
    private static final BusinessCalendar WALL_CLOCK = BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC);
    private static final String OUTAGE_TIMER = WatchRule.OUTAGE_RESPONSE.timer();
    private static final String P1_TIMER = WatchRule.P1_OPEN_AFTER_RESPONSE.timer();

    /** The stand-in case; the tests change it as staff would. */
    private static WatchedCase theCase;
    private static final List<String> escalated = new ArrayList<>();

    private static final WatchedCases CASES = new WatchedCases() {
        @Override
        public Optional<WatchedCase> find(long caseId) {
            return Optional.ofNullable(theCase).filter(c -> c.id() == caseId);
        }

        @Override
        public BusinessCalendar calendar(long caseId, String name) {
            return WatchRule.WALL_CLOCK.equals(name) ? WALL_CLOCK : CORE_HOURS;
        }
    };

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(engineConfiguration()).build();

    private static ProcessCoverageInMemProcessEngineConfiguration engineConfiguration() {
        Map<Object, Object> beans = new HashMap<>();
        EscalateWatchDelegate.RuleEscalation ladder = (caseId, rule, detail) -> escalated.add(rule + ": " + detail);
        beans.put("armOutageWatch", new ArmWatchListener(WatchRule.OUTAGE_RESPONSE, CASES));
        beans.put("armP1Watch", new ArmWatchListener(WatchRule.P1_OPEN_AFTER_RESPONSE, CASES));
        beans.put("escalateUnansweredOutage", new EscalateWatchDelegate(WatchRule.OUTAGE_RESPONSE, CASES, ladder));
        beans.put("escalateOpenP1", new EscalateWatchDelegate(WatchRule.P1_OPEN_AFTER_RESPONSE, CASES, ladder));
        // The case steps: responding, resolving and closing change the stand-in case as the real ones change the Case.
        beans.put("recordFirstResponse", (JavaDelegate) execution -> {
            theCase = with(theCase, theCase.priority(), now(), false);
            execution.setVariable("caseOwner", "analyst");
        });
        JavaDelegate reminder = execution -> execution.setVariable("reminderDue", Date.from(now().plus(Duration.ofDays(30))));
        beans.put("markResolved", (JavaDelegate) execution -> {
            theCase = with(theCase, theCase.priority(), theCase.firstResponseAt(), true);
            reminder.execute(execution);
        });
        beans.put("closeCase", (JavaDelegate) execution -> theCase = with(theCase, theCase.priority(), theCase.firstResponseAt(), true));
        JavaDelegate nothing = execution -> { };
        for (String step : List.of("registerPhoneCall", "markPending", "putOnHold", "resumeWork", "reopenCase", "sendReminder",
                "startSlaClocks", "recordSlaDeadlines", "escalateSlaBreach", "warnSlaCaseOwner")) {
            beans.put(step, nothing);
        }
        ExecutionListener noListener = execution -> { };
        // "Determine priority" runs the real priority table on the case's own facts.
        beans.put("slaPriorityQuestion", (ExecutionListener) execution -> {
            execution.setVariableLocal("policySet", theCase.policySet());
            execution.setVariableLocal("requestedPriority", theCase.priority());
            execution.setVariableLocal("environment", "PRODUCTION");
            execution.setVariableLocal("category", theCase.category());
        });
        for (String listener : List.of("slaCaseRegistered", "slaFirstResponse", "slaCasePending", "slaCaseOnHold",
                "slaWorkResumed", "slaCaseResolved", "slaCaseReopened", "caseStartGuard", "caseTaskGuard",
                "slaPriorityDecision")) {
            beans.put(listener, noListener);
        }
        org.camunda.bpm.engine.delegate.TaskListener noTaskListener = task -> { };
        beans.put("caseTaskView", noTaskListener);
        beans.put("slaTaskDeadlines", noTaskListener);
        var configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:watch-rules-process-test;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        // The staff tasks' option lists (case-choices.dmn) are not this test's subject: CaseLifecycleProcessTest.
        beans.put("caseChoiceOptions", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
        configuration.setBeans(beans);
        return configuration;
    }

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        escalated.clear();
        theCase = null;
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOutageReceivedInCoreHoursEscalatesThirtyMinutesLaterNotTwentyNine() {
        Instant received = Instant.parse("2026-06-01T14:00:00Z"); // Monday 10:00 New York
        ProcessInstance pi = receive(PolicySets.A, "Outage", "P2", received);
        assertThat(pi).isWaitingAt("Task_TriageCase", OUTAGE_TIMER);
        assertThat(timer(OUTAGE_TIMER).getDuedate()).isEqualTo(Date.from(received.plus(Duration.ofMinutes(30))));

        assertThat(dueAt(received.plus(Duration.ofMinutes(29)), OUTAGE_TIMER)).isFalse();
        assertThat(dueAt(received.plus(Duration.ofMinutes(30)), OUTAGE_TIMER)).isTrue();
        runJob(OUTAGE_TIMER);
        assertThat(escalated).as("the escalation is a job of its own, not part of the timer's").isEmpty();
        runJob(WatchRule.OUTAGE_RESPONSE.step());

        assertThat(escalated).containsExactly(
                "OUTAGE_NOT_RESPONDED: Outage received 2026-06-01 14:00 UTC (in core hours) without a response within 30 minutes");
        assertThat(pi).hasPassed("EndEvent_OutageWatchDone").isWaitingAt("Task_TriageCase");
    }

    @Test
    void anOutageReceivedOutsideCoreHoursEscalatesAfterTwelveHoursNotElevenFiftyNine() {
        Instant received = Instant.parse("2026-06-02T02:00:00Z"); // Monday 22:00 New York
        ProcessInstance pi = receive(PolicySets.A, "Outage", "P1", received);

        assertThat(dueAt(received.plus(Duration.ofHours(11).plusMinutes(59)), OUTAGE_TIMER)).isFalse();
        assertThat(dueAt(received.plus(Duration.ofHours(12)), OUTAGE_TIMER)).isTrue();
        runJob(OUTAGE_TIMER);
        runJob(WatchRule.OUTAGE_RESPONSE.step());

        assertThat(escalated).containsExactly(
                "OUTAGE_NOT_RESPONDED: Outage received 2026-06-02 02:00 UTC (outside core hours) without a response within 12 hours");
        assertThat(pi).hasPassed("Task_EscalateUnansweredOutage");
    }

    @Test
    void anOutageAnsweredInTimeEscalatesNothingWhenItsTimerComes() {
        Instant received = Instant.parse("2026-06-01T14:00:00Z");
        ProcessInstance pi = receive(PolicySets.A, "Outage", "P2", received);
        ClockUtil.setCurrentTime(Date.from(received.plus(Duration.ofMinutes(20))));
        complete(task(pi), withVariables("firstReply", "Looking into it"));

        assertThat(dueAt(received.plus(Duration.ofMinutes(30)), OUTAGE_TIMER)).isTrue();
        runJob(OUTAGE_TIMER);
        runJob(WatchRule.OUTAGE_RESPONSE.step());

        assertThat(escalated).isEmpty();
        assertThat(pi).hasPassed("EndEvent_OutageWatchDone");
        assertThat(timers(P1_TIMER)).as("a P2 has no P1 watch").isZero();
    }

    @Test
    void aP1StillOpenEscalatesFourHoursAfterTheResponseNotThreeFiftyNine() {
        Instant received = Instant.parse("2026-06-01T14:00:00Z");
        ProcessInstance pi = receive(PolicySets.A, "Defect", "P1", received);
        assertThat(timers(OUTAGE_TIMER)).as("not an outage").isZero();
        Instant responded = respondAfter(pi, received, Duration.ofHours(1));
        assertThat(pi).isWaitingAt("Task_WorkCase", P1_TIMER);
        assertThat(timer(P1_TIMER).getDuedate()).isEqualTo(Date.from(responded.plus(Duration.ofHours(4))));

        assertThat(dueAt(responded.plus(Duration.ofHours(3).plusMinutes(59)), P1_TIMER)).isFalse();
        assertThat(dueAt(responded.plus(Duration.ofHours(4)), P1_TIMER)).isTrue();
        runJob(P1_TIMER);
        runJob(WatchRule.P1_OPEN_AFTER_RESPONSE.step());

        assertThat(escalated).containsExactly(
                "P1_NOT_CLOSED: P1 not closed or downgraded 4 hours after the response of 2026-06-01 15:00 UTC");
        assertThat(pi).hasPassed("EndEvent_P1WatchDone").isWaitingAt("Task_WorkCase");
    }

    @Test
    void aP1DowngradedBeforeItsTimerEscalatesNothing() {
        Instant received = Instant.parse("2026-06-01T14:00:00Z");
        ProcessInstance pi = receive(PolicySets.A, "Defect", "P1", received);
        Instant responded = respondAfter(pi, received, Duration.ofMinutes(10));
        theCase = with(theCase, "P2", theCase.firstResponseAt(), false);

        assertThat(dueAt(responded.plus(Duration.ofHours(4)), P1_TIMER)).isTrue();
        runJob(P1_TIMER);
        runJob(WatchRule.P1_OPEN_AFTER_RESPONSE.step());

        assertThat(escalated).isEmpty();
        assertThat(pi).hasPassed("EndEvent_P1WatchDone");
    }

    @Test
    void aResolvedP1EscalatesNothingAndAClosedOneHasNoTimerLeft() {
        Instant received = Instant.parse("2026-06-01T14:00:00Z");
        ProcessInstance resolved = receive(PolicySets.A, "Outage", "P1", received);
        Instant responded = respondAfter(resolved, received, Duration.ofMinutes(10));
        complete(task(resolved), withVariables("action", "resolve"));
        assertThat(dueAt(responded.plus(Duration.ofHours(4)), P1_TIMER)).isTrue();
        runJob(P1_TIMER);
        runJob(WatchRule.P1_OPEN_AFTER_RESPONSE.step());
        assertThat(escalated).isEmpty();

        runtimeService().deleteProcessInstance(resolved.getId(), "next test case");
        ProcessInstance closed = receive(PolicySets.A, "Outage", "P1", received);
        respondAfter(closed, received, Duration.ofMinutes(10));
        complete(task(closed), withVariables("action", "close", "closingReason", "DUPLICATE"));

        assertThat(closed).isEnded();
        assertThat(managementService().createJobQuery().processInstanceId(closed.getId()).count()).isZero();
        assertThat(escalated).isEmpty();
    }

    @Test
    void otherPolicySetsHaveNoWatchRules() {
        Instant received = Instant.parse("2026-06-01T14:00:00Z");
        ProcessInstance pi = receive(PolicySets.C, "Outage", "P1", received);
        respondAfter(pi, received, Duration.ofHours(1));

        assertThat(pi).isWaitingAt("Task_WorkCase");
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(pi).hasNotPassed("StartEvent_OutageWatchArmed", "StartEvent_P1WatchArmed");
    }

    private static ProcessInstance receive(String policySet, String category, String priority, Instant received) {
        ClockUtil.setCurrentTime(Date.from(received));
        theCase = new WatchedCase(CASE_ID, policySet, category, priority, received, null, false,
                CORE_HOURS.isWorkingTime(received));
        return runtimeService().createMessageCorrelation("CaseReceived")
                .processInstanceBusinessKey(String.valueOf(CASE_ID))
                .setVariable("caseId", CASE_ID)
                .setVariable("caseNumber", "CASE-" + CASE_ID)
                .setVariable("priority", priority)
                .correlateStartMessage();
    }

    private static Instant respondAfter(ProcessInstance pi, Instant received, Duration after) {
        ClockUtil.setCurrentTime(Date.from(received.plus(after)));
        complete(task(pi), withVariables("firstReply", "On it"));
        return received.plus(after);
    }

    private static WatchedCase with(WatchedCase c, String priority, Instant firstResponseAt, boolean done) {
        return new WatchedCase(c.id(), c.policySet(), c.category(), priority, c.receivedAt(), firstResponseAt, done,
                c.receivedInCoreHours());
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static Job timer(String activity) {
        return managementService().createJobQuery().activityId(activity).singleResult();
    }

    private static long timers(String activity) {
        return managementService().createJobQuery().activityId(activity).count();
    }

    /** Moves the engine clock; true when the job executor would now pick the activity's job. */
    private static boolean dueAt(Instant instant, String activity) {
        ClockUtil.setCurrentTime(Date.from(instant));
        return managementService().createJobQuery().activityId(activity).executable().count() == 1;
    }

    private static void runJob(String activity) {
        Job job = managementService().createJobQuery().activityId(activity).executable().singleResult();
        assertThat(job).as("a due job at " + activity).isNotNull();
        managementService().executeJob(job.getId());
    }
}
