package io.casedesk.sla.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.casedesk.cases.process.CaseLifecycle;
import io.casedesk.sla.PolicySets;
import io.casedesk.sla.SlaBreached;
import io.casedesk.sla.SlaEvent;
import io.casedesk.sla.SlaEventKind;
import io.casedesk.sla.SlaTarget;
import io.casedesk.sla.SlaTestKit;
import io.casedesk.sla.SlaUpdateDue;
import io.casedesk.sla.SlaWarned;
import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.ExampleCalendars;

/**
 * The SLA clocks inside case-lifecycle: the "Next SLA deadline" timer fires at the instants the
 * clocks compute (engine clock moved forward), pauses shift the resolution due time by exactly the
 * paused business time, and policy A's P1 bulletins come round only in core hours. The case steps
 * themselves are mocked; the SLA beans are the real ones over an in-memory store.
 */
@Deployment(resources = { "processes/case-lifecycle.bpmn", "processes/sla-targets.dmn", "processes/priority.dmn",
        "forms/form-triage-case.form", "forms/form-work-case.form", "forms/form-log-phone-call.form" })
class SlaLifecycleProcessTest {

    @RegisterExtension
    // The lifecycle model's own gate (95%) is CaseLifecycleProcessTest's, which drives every branch with
    // stand-ins; the real tables here reach most named timers, never "Other SLA deadline", nor policy A's
    // watch paths (escalation.process.WatchRulesProcessTest's).
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("sla-camunda.cfg.xml")
            .assertClassCoverageAtLeast(0.78).build();

    private static final long CASE_ID = 1L;

    private ProcessEngine processEngine;
    private SlaTestKit kit;
    private final List<String> handedOver = new ArrayList<>();

    private void policy(String policySet) {
        processEngine = engine.getProcessEngine();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(processEngine);
        kit = new SlaTestKit(processEngine, policySet);
        Mocks.register("slaCaseRegistered", new SlaCaseRegisteredListener());
        Mocks.register("startSlaClocks", new StartSlaClocksDelegate(kit.clocks));
        PriorityRuleListeners priorityRule = new PriorityRuleListeners();
        Mocks.register("slaPriorityQuestion", priorityRule.slaPriorityQuestion(kit.source, kit.policySets));
        Mocks.register("slaPriorityDecision", priorityRule.slaPriorityDecision(kit.source));
        Mocks.register("recordSlaDeadlines", new RecordSlaDeadlinesDelegate(kit.clocks));
        handedOver.clear();
        Mocks.register("escalateSlaBreach", (JavaDelegate) execution -> {
            kit.clocks.takeBreaches(CASE_ID).ifPresent(b -> handedOver.add("breach: " + b.targets() + " due " + b.dueAt()));
            execution.getProcessInstance().setVariable(SlaLifecycle.Vars.BREACH_TO_HAND_OVER, false);
        });
        Mocks.register("warnSlaCaseOwner", (JavaDelegate) execution -> {
            kit.clocks.takeWarnings(CASE_ID).ifPresent(w -> handedOver.add("warning: " + w.targets() + " due " + w.dueAt()));
            execution.getProcessInstance().setVariable(SlaLifecycle.Vars.WARNING_TO_HAND_OVER, false);
        });
        // Policy A's watch rules are escalation.process.WatchRulesProcessTest's; here no case is watched.
        Mocks.register("armOutageWatch", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> { });
        Mocks.register("armP1Watch", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> { });
        for (var step : SlaStatusListener.Step.values()) {
            Mocks.register(listenerBean(step), new SlaStatusListener(step, kit.clocks));
        }
        JavaDelegate nothing = execution -> { };
        Mocks.register("recordFirstResponse", (JavaDelegate) execution -> execution.setVariable("caseOwner", "analyst"));
        Mocks.register("markPending", reminderIn(Duration.ofDays(30)));
        Mocks.register("markResolved", reminderIn(Duration.ofDays(30)));
        Mocks.register("sendReminder", (JavaDelegate) execution -> {
            int sent = execution.hasVariable("remindersSent") ? (Integer) execution.getVariable("remindersSent") + 1 : 1;
            execution.setVariable("remindersSent", sent);
            execution.setVariable(CaseLifecycle.Vars.REMINDERS_EXHAUSTED, sent >= 2);
            execution.setVariable(CaseLifecycle.Vars.CLOSING_REASON, "NO_RESPONSE");
            execution.setVariable(CaseLifecycle.Vars.REMINDER_DUE,
                    Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(3))));
        });
        Mocks.register("putOnHold", (JavaDelegate) execution -> execution.setVariable(CaseLifecycle.Vars.HOLD_END_DUE,
                execution.getVariable(CaseLifecycle.Vars.HOLD_UNTIL)));
        Mocks.register("resumeWork", nothing);
        Mocks.register("reopenCase", nothing);
        Mocks.register("closeCase", nothing);
        Mocks.register("caseStartGuard", nothing);
        Mocks.register("slaTaskDeadlines", new SlaTaskDeadlines(kit.clocks));
        Mocks.register("caseTaskView", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
        Mocks.register("caseTaskGuard", nothing);
        // The staff tasks' option lists (case-choices.dmn) are not this test's subject: CaseLifecycleProcessTest.
        Mocks.register("caseChoiceOptions", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
        Mocks.register("registerPhoneCall", (JavaDelegate) execution -> {
            execution.setVariable(CaseLifecycle.Vars.CASE_NUMBER, "CASE-" + CASE_ID);
            execution.setVariable(CaseLifecycle.Vars.CASE_ID, CASE_ID);
        });
    }

    private static String listenerBean(SlaStatusListener.Step step) {
        return switch (step) {
            case FIRST_RESPONSE -> "slaFirstResponse";
            case PENDING -> "slaCasePending";
            case ON_HOLD -> "slaCaseOnHold";
            case WORK_RESUMED -> "slaWorkResumed";
            case RESOLVED -> "slaCaseResolved";
            case REOPENED -> "slaCaseReopened";
        };
    }

    private static JavaDelegate reminderIn(Duration after) {
        return execution -> execution.setVariable(CaseLifecycle.Vars.REMINDER_DUE,
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(after)));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void policyDHighFiresTheFirstResponseWarningAndBreachAtTheComputedInstants() {
        policy(PolicySets.D);
        Instant received = at("2026-06-01T11:00-04:00"); // a Monday
        ProcessInstance pi = receive(received, "High");

        assertThat(pi).hasPassed(SlaLifecycle.START_CLOCKS).isWaitingAt(CaseLifecycle.Tasks.TRIAGE, "Gateway_AwaitFirstResponseWarning");
        // "High — response 1 business day, resolution 5 business days" (Mon–Fri 09:00–17:00 New York)
        assertThat(due(pi, "firstResponseDue")).isEqualTo(at("2026-06-02T11:00-04:00"));
        assertThat(due(pi, "resolutionDue")).isEqualTo(at("2026-06-08T11:00-04:00"));
        // warning at 75% of the 8-hour business day: 6 hours in, Monday 17:00
        assertThat(timerDue()).isEqualTo(at("2026-06-01T17:00-04:00"));

        fireTimer();
        assertThat(kit.events(CASE_ID, SlaEventKind.WARNED)).extracting(SlaEvent::getAt)
                .containsExactly(at("2026-06-01T17:00-04:00"));
        assertThat(kit.published).contains(new SlaWarned(CASE_ID, SlaTarget.FIRST_RESPONSE, at("2026-06-02T11:00-04:00")));
        assertThat(timerDue()).isEqualTo(at("2026-06-02T11:00-04:00"));

        fireTimer();
        assertThat(kit.published).contains(new SlaBreached(CASE_ID, SlaTarget.FIRST_RESPONSE, at("2026-06-02T11:00-04:00")));
        assertThat(kit.clock(CASE_ID, SlaTarget.FIRST_RESPONSE).getState().name()).isEqualTo("BREACHED");
        // next: the resolution warning at 80% of 40 business hours = 32 hours, Friday 11:00
        assertThat(timerDue()).isEqualTo(at("2026-06-05T11:00-04:00"));
        assertThat(pi).isWaitingAt(CaseLifecycle.Tasks.TRIAGE, "Gateway_AwaitResolutionWarning");

        // The warning and the breach each wait for their own hand-over step: a job the engine retries.
        var handOvers = processEngine.getManagementService().createJobQuery()
                .activityId(SlaLifecycle.ESCALATE_BREACH).list();
        assertThat(handOvers).hasSize(1);
        processEngine.getManagementService().executeJob(handOvers.get(0).getId());
        assertThat(handedOver).containsExactly("breach: first-response due " + at("2026-06-02T11:00-04:00"));
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), SlaLifecycle.Vars.BREACH_TO_HAND_OVER))
                .isEqualTo(false);
        assertThat(kit.clocks.hasBreachToHandOver(CASE_ID)).isFalse();
    }

    /**
     * Policy A: "every request answered within 60 minutes in core hours" — the acknowledgement's own
     * warning and due timers fire, and the warning reaches the case owner and the breach the ladder,
     * each through a hand-over step of its own.
     */
    @Test
    void policyAAcknowledgementTimersFireAndHandTheirWarningAndBreachOver() {
        policy(PolicySets.A);
        ProcessInstance pi = receive(at("2026-06-01T10:00-04:00"), "P3");
        assertThat(pi).isWaitingAt(CaseLifecycle.Tasks.TRIAGE, "Gateway_AwaitAcknowledgementWarning");
        assertThat(timerDue()).isEqualTo(at("2026-06-01T10:45-04:00"));

        fireTimer();
        assertThat(pi).hasPassed("Timer_AcknowledgementWarning").isWaitingAt(CaseLifecycle.Tasks.TRIAGE,
                "Gateway_AwaitAcknowledgementDue", SlaLifecycle.WARN_CASE_OWNER);
        runJob(SlaLifecycle.WARN_CASE_OWNER);
        assertThat(handedOver).containsExactly("warning: acknowledgement due " + at("2026-06-01T11:00-04:00"));

        fireTimer();
        assertThat(pi).hasPassed("Timer_AcknowledgementDue");
        runJob(SlaLifecycle.ESCALATE_BREACH);
        assertThat(handedOver).endsWith("breach: acknowledgement due " + at("2026-06-01T11:00-04:00"));
        assertThat(pi).hasPassed("EndEvent_SlaBreachHandedOver", "EndEvent_CaseOwnerWarned");
    }

    /** A case logged after the fact is past its first response when its clocks start: the breach goes to the ladder at once. */
    @Test
    void aCaseLoggedLateHandsItsBreachToTheLadderAtOnce() {
        policy(PolicySets.D);
        kit.newCase(CASE_ID, at("2026-06-01T11:00-04:00"), "High", "PRODUCTION", "standard", "America/New_York");
        ClockUtil.setCurrentTime(Date.from(at("2026-06-03T11:00-04:00")));
        ProcessInstance pi = startByMessage("High");

        assertThat(kit.clock(CASE_ID, SlaTarget.FIRST_RESPONSE).getState().name()).isEqualTo("BREACHED");
        runJob(SlaLifecycle.ESCALATE_BREACH);
        assertThat(handedOver).contains("breach: first-response due " + at("2026-06-02T11:00-04:00"));
        assertThat(pi).hasPassed("EndEvent_SlaBreachHandedOver");
    }

    /**
     * The ladder cannot be reached (say the database drops the connection): the hand-over step rolls
     * back, its job is retried, and once it works the escalation happens — nothing is lost. If it
     * keeps failing, Cockpit shows an incident on the step.
     */
    @Test
    @io.casedesk.hardening.Attack(item = "15.0", attack = "the hand-over of a recorded breach to the escalation ladder fails",
            expected = "the step's job is retried and the escalation happens once it works; failing on, an incident in Cockpit — never a lost escalation")
    void aFailingHandOverIsRetriedAndEndsAsAnIncidentNeverAsALostEscalation() {
        policy(PolicySets.D);
        int[] failuresLeft = { 1 };
        Mocks.register("escalateSlaBreach", (JavaDelegate) execution -> {
            if (failuresLeft[0]-- > 0) {
                throw new IllegalStateException("escalation ladder unreachable");
            }
            kit.clocks.takeBreaches(CASE_ID).ifPresent(b -> handedOver.add("breach: " + b.targets()));
            execution.getProcessInstance().setVariable(SlaLifecycle.Vars.BREACH_TO_HAND_OVER, false);
        });
        kit.newCase(CASE_ID, at("2026-06-01T11:00-04:00"), "High", "PRODUCTION", "standard", "America/New_York");
        ClockUtil.setCurrentTime(Date.from(at("2026-06-03T11:00-04:00")));
        startByMessage("High");
        var management = processEngine.getManagementService();
        Job handOver = management.createJobQuery().activityId(SlaLifecycle.ESCALATE_BREACH).singleResult();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(handOver.getId()))
                .hasMessageContaining("escalation ladder unreachable");
        assertThat(kit.clocks.hasBreachToHandOver(CASE_ID)).as("the breach still waits").isTrue();
        assertThat(management.createJobQuery().jobId(handOver.getId()).singleResult().getRetries()).isEqualTo(2);

        management.executeJob(handOver.getId());
        assertThat(handedOver).containsExactly("breach: first-response");
        assertThat(kit.clocks.hasBreachToHandOver(CASE_ID)).isFalse();

        failuresLeft[0] = 3;
        processEngine.getRuntimeService().setVariable(management.createJobQuery().list().get(0).getProcessInstanceId(),
                SlaLifecycle.Vars.BREACH_TO_HAND_OVER, true);
        Job again = management.createJobQuery().activityId(SlaLifecycle.ESCALATE_BREACH).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                management.executeJob(again.getId());
            } catch (IllegalStateException expected) {
                // retried by the job executor in production
            }
        }
        assertThat(processEngine.getRuntimeService().createIncidentQuery().activityId(SlaLifecycle.ESCALATE_BREACH).count())
                .as("an incident in Cockpit").isEqualTo(1);
    }

    @Test
    void pendingAndOnHoldShiftTheResolutionDueTimeByExactlyThePausedBusinessTime() {
        policy(PolicySets.D);
        BusinessCalendar calendar = ExampleCalendars.policyD();
        ProcessInstance pi = receive(at("2026-06-01T11:00-04:00"), "High");
        respondAt(pi, at("2026-06-01T12:00-04:00"));
        Instant dueBefore = due(pi, "resolutionDue");
        assertThat(dueBefore).isEqualTo(at("2026-06-08T11:00-04:00"));

        Instant pausedAt = at("2026-06-02T12:00-04:00");
        workAt(pi, pausedAt, CaseLifecycle.Actions.PENDING, Map.of());
        assertThat(pi).isWaitingAt("Gateway_AwaitCustomer");
        // no clock runs while pending: the timer is gone and the loop waits for a clock to run again
        assertThat(pi).hasPassed("Event_ResolutionWarningMoved").isWaitingAt(SlaLifecycle.CLOCK_RUNS_AGAIN);
        assertThat(timerJobOrNull()).isNull();
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "resolutionDue")).isNull();

        Instant resumedAt = at("2026-06-04T10:00-04:00");
        ClockUtil.setCurrentTime(Date.from(resumedAt));
        processEngine.getRuntimeService().createMessageCorrelation(CaseLifecycle.Messages.CUSTOMER_REPLIED)
                .processInstanceBusinessKey(String.valueOf(CASE_ID)).correlate();

        // Tue 12:00–Thu 10:00 is 5 + 8 + 1 = 14 business hours: Monday 11:00 + 14 h = Tuesday 9 June 17:00
        Instant dueAfter = due(pi, "resolutionDue");
        assertThat(calendar.between(pausedAt, resumedAt)).isEqualTo(Duration.ofHours(14));
        assertThat(dueAfter).isEqualTo(calendar.add(dueBefore, calendar.between(pausedAt, resumedAt)))
                .isEqualTo(at("2026-06-09T17:00-04:00"));
        // the resolution warning moved by the same 14 hours: Friday 11:00 became Monday 8 June 17:00
        assertThat(timerDue()).isEqualTo(at("2026-06-08T17:00-04:00"));

        // On hold from Thursday 15:00 until the hold date, Monday 8 June 09:00: 2 + 8 = 10 business hours
        Instant heldAt = at("2026-06-04T15:00-04:00");
        Instant holdEnds = at("2026-06-08T09:00-04:00");
        workAt(pi, heldAt, CaseLifecycle.Actions.HOLD, Map.of(CaseLifecycle.Vars.HOLD_UNTIL, Date.from(holdEnds)));
        assertThat(pi).isWaitingAt("Gateway_AwaitHoldEnd");
        ClockUtil.setCurrentTime(Date.from(holdEnds));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(
                processEngine.getManagementService().createJobQuery().activityId("Timer_HoldEndDue").singleResult());
        assertThat(due(pi, "resolutionDue")).isEqualTo(calendar.add(dueAfter, Duration.ofHours(10)))
                .isEqualTo(at("2026-06-11T11:00-04:00"));
        assertThat(kit.events(CASE_ID, SlaEventKind.PAUSED)).hasSize(2);
        assertThat(kit.events(CASE_ID, SlaEventKind.RESUMED)).extracting(SlaEvent::getAt).containsExactly(resumedAt, holdEnds);
    }

    /**
     * Every task is due when the SLA target it serves is (triage: the first response; work: the
     * resolution or the next update), and its due date follows the clocks in the same transaction:
     * gone while they pause, moved by the paused business time when they resume, moved again when a
     * priority change re-targets them. Its form shows the running targets' due times.
     */
    @Test
    void eachTaskIsDueWhenItsTargetIsAndFollowsPausesResumesAndRetargeting() {
        policy(PolicySets.D);
        ProcessInstance pi = receive(at("2026-06-01T11:00-04:00"), "High");
        Task triage = task(CaseLifecycle.Tasks.TRIAGE, pi);
        assertThat(triage.getDueDate().toInstant()).isEqualTo(at("2026-06-02T11:00-04:00"));
        assertThat(taskLocal(triage, "slaFirstResponseDue")).isEqualTo("2026-06-02T15:00:00Z");
        assertThat(taskLocal(triage, "slaResolutionDue")).isEqualTo("2026-06-08T15:00:00Z");
        assertThat(taskLocal(triage, "slaAcknowledgementDue")).isNull();

        respondAt(pi, at("2026-06-01T12:00-04:00"));
        Task work = task(CaseLifecycle.Tasks.WORK, pi);
        assertThat(work.getDueDate().toInstant()).isEqualTo(at("2026-06-08T11:00-04:00"));
        assertThat(taskLocal(work, "slaFirstResponseDue")).as("met: no longer open").isNull();

        // Pending from Tuesday 12:00 to Thursday 10:00 (14 business hours): the new work task is due 14 h later
        workAt(pi, at("2026-06-02T12:00-04:00"), CaseLifecycle.Actions.PENDING, Map.of());
        correlateAt(at("2026-06-04T10:00-04:00"), CaseLifecycle.Messages.CUSTOMER_REPLIED);
        work = task(CaseLifecycle.Tasks.WORK, pi);
        assertThat(work.getDueDate().toInstant()).isEqualTo(at("2026-06-09T17:00-04:00"));

        // Re-targeted while open: Low has 15 business days to resolve, counted from receipt, less the 14 h paused
        kit.cases.put(CASE_ID, new io.casedesk.sla.SlaCase(CASE_ID, "CASE-" + CASE_ID, at("2026-06-01T11:00-04:00"),
                "Low", "Defect", "PRODUCTION", "standard", "America/New_York"));
        new SlaCaseChangeListener(kit.clocks, processEngine)
                .priorityChanged(new io.casedesk.cases.CasePriorityChanged(CASE_ID, pi.getId(), "High", "Low"));
        Instant lowDue = due(pi, "resolutionDue");
        assertThat(lowDue).isAfter(at("2026-06-09T17:00-04:00"));
        work = task(CaseLifecycle.Tasks.WORK, pi);
        assertThat(work.getDueDate().toInstant()).isEqualTo(lowDue);
        assertThat(taskLocal(work, "slaResolutionDue")).isEqualTo(lowDue.toString());
    }

    /** Policy A's P1 work task is due at the next progress bulletin, and moves with each one. */
    @Test
    void aP1WorkTaskIsDueAtItsNextBulletin() {
        policy(PolicySets.A);
        ProcessInstance pi = receive(at("2026-06-01T17:30-04:00"), "P1");
        respondAt(pi, at("2026-06-01T17:40-04:00"));
        assertThat(task(CaseLifecycle.Tasks.WORK, pi).getDueDate().toInstant()).isEqualTo(at("2026-06-01T18:30-04:00"));
        fireTimer();
        assertThat(task(CaseLifecycle.Tasks.WORK, pi).getDueDate().toInstant()).isEqualTo(at("2026-06-02T09:30-04:00"));
    }

    @Test
    void policyAP1BulletinsComeRoundHourlyOnlyWithinCoreHoursUntilResolved() {
        policy(PolicySets.A);
        BusinessCalendar coreHours = ExampleCalendars.policyA();
        ProcessInstance pi = receive(at("2026-06-01T17:30-04:00"), "P1");
        respondAt(pi, at("2026-06-01T17:40-04:00"));

        Instant until = at("2026-06-02T12:00-04:00");
        while (timerDue().isBefore(until)) {
            fireTimer();
        }
        List<Instant> bulletins = new ArrayList<>();
        kit.events(CASE_ID, SlaEventKind.UPDATE_DUE).forEach(e -> bulletins.add(e.getAt()));
        // "a progress bulletin to the customer every hour during core hours" (Mon–Fri 09:00–19:00 New York)
        assertThat(bulletins).containsExactly(at("2026-06-01T18:30-04:00"), at("2026-06-02T09:30-04:00"),
                at("2026-06-02T10:30-04:00"), at("2026-06-02T11:30-04:00"));
        assertThat(bulletins).allSatisfy(instant -> assertThat(coreHours.isWorkingTime(instant)).isTrue());
        assertThat(kit.published).contains(new SlaUpdateDue(CASE_ID, SlaTarget.UPDATE_INTERVAL,
                at("2026-06-01T18:30-04:00"), at("2026-06-02T09:30-04:00")));

        workAt(pi, at("2026-06-02T12:10-04:00"), CaseLifecycle.Actions.RESOLVE,
                Map.of(CaseLifecycle.Vars.RESOLUTION_CAUSE, "SOFTWARE_ERROR", CaseLifecycle.Vars.SOLUTION_TYPE, "PATCH_OR_HOTFIX"));
        // resolved: no bulletins, no resolution deadline; the loop waits in case the customer reopens
        assertThat(pi).isWaitingAt(SlaLifecycle.CLOCK_RUNS_AGAIN);
        assertThat(timerJobOrNull()).isNull();
        assertThat(kit.clock(CASE_ID, SlaTarget.RESOLUTION).getState().name()).isEqualTo("MET");

        // Reopened the next morning: the resolution clock carries on with the 1 h 20 min it had left
        ClockUtil.setCurrentTime(Date.from(at("2026-06-03T10:00-04:00")));
        processEngine.getRuntimeService().createMessageCorrelation(CaseLifecycle.Messages.REOPEN_REQUESTED)
                .processInstanceBusinessKey(String.valueOf(CASE_ID)).correlate();
        assertThat(due(pi, "resolutionDue")).isEqualTo(at("2026-06-03T11:20-04:00"));
        assertThat(pi).isWaitingAt("Gateway_AwaitProgressUpdateDue");
        // the P1 is open again, so bulletins resume too: the next one had 20 minutes left
        assertThat(timerDue()).isEqualTo(at("2026-06-03T10:20-04:00"));

        workAt(pi, at("2026-06-03T10:30-04:00"), CaseLifecycle.Actions.CLOSE,
                Map.of(CaseLifecycle.Vars.CLOSING_REASON, "NOT_A_DEFECT"));
        assertThat(pi).isEnded();
    }

    @Test
    void aPriorityWithoutTargetsEndsTheSlaClocksAtOnce() {
        policy(PolicySets.E);
        // "Sev 4 no target"
        ProcessInstance pi = receive(at("2026-06-01T11:00-05:00"), "Sev4");
        assertThat(pi).hasPassed(SlaLifecycle.NO_CLOCK_LEFT).isWaitingAt(CaseLifecycle.Tasks.TRIAGE);
        assertThat(timerJobOrNull()).isNull();
    }

    @Test
    void policyCNeverRunsANonProductionCaseAsP1() {
        policy(PolicySets.C);
        Instant received = at("2026-06-05T17:30-05:00");
        kit.newCase(CASE_ID, received, "P1", "TEST", "standard", "America/Chicago");
        ClockUtil.setCurrentTime(Date.from(received));
        ProcessInstance pi = startByMessage("P1");

        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "priority")).isEqualTo("P2");
        assertThat(kit.appliedPriorityReasons.get(CASE_ID)).contains("non-production case can never be P1");
        // P2 < 8 business hours: 30 min on Friday until 18:00, then Monday 07:00 + 7 h 30
        assertThat(due(pi, "firstResponseDue")).isEqualTo(at("2026-06-08T14:30-05:00"));
    }

    @Test
    void aCaseLoggedFromAPhoneCallStartsItsClocksOnceItIsRegistered() {
        policy(PolicySets.C);
        Instant received = at("2026-06-06T23:00-05:00"); // Saturday night
        kit.newCase(CASE_ID, received, "P1", "PRODUCTION", "standard", "America/Chicago");
        ClockUtil.setCurrentTime(Date.from(received.plusSeconds(120)));
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(CaseLifecycle.KEY,
                Map.of(CaseLifecycle.Vars.REQUESTER_EMAIL, "dana@acme.example"));

        assertThat(pi).hasPassed("Task_RegisterPhoneCall", SlaLifecycle.START_CLOCKS);
        // P1 emergencies are answered on call 24x7: < 2 business hours from 23:00 Saturday
        assertThat(due(pi, "firstResponseDue")).isEqualTo(at("2026-06-07T01:00-05:00"));
    }

    @Test
    void clocksStayPausedWhileASilentCustomerIsRemindedAndStopWhenTheCaseClosesForNoResponse() {
        policy(PolicySets.D);
        BusinessCalendar calendar = ExampleCalendars.policyD();
        ProcessInstance pi = receive(at("2026-06-01T11:00-04:00"), "High");
        respondAt(pi, at("2026-06-01T12:00-04:00"));

        // On hold until Friday, resumed early on Tuesday 10:00: Monday 13:00–17:00 and Tuesday 09:00–10:00 paused
        workAt(pi, at("2026-06-01T13:00-04:00"), CaseLifecycle.Actions.HOLD,
                Map.of(CaseLifecycle.Vars.HOLD_UNTIL, Date.from(at("2026-06-05T09:00-04:00"))));
        correlateAt(at("2026-06-02T10:00-04:00"), CaseLifecycle.Messages.CASE_RESUMED);
        assertThat(pi).hasPassed("Event_HoldResumed");
        // Pending Tuesday 11:00, a fix arrives at 12:00
        workAt(pi, at("2026-06-02T11:00-04:00"), CaseLifecycle.Actions.PENDING, Map.of());
        correlateAt(at("2026-06-02T12:00-04:00"), CaseLifecycle.Messages.CASE_RESUMED);
        assertThat(pi).hasPassed("Event_PendingResumed");
        assertThat(due(pi, "resolutionDue")).isEqualTo(calendar.add(at("2026-06-08T11:00-04:00"), Duration.ofHours(6)))
                .isEqualTo(at("2026-06-08T17:00-04:00"));

        // Pending again from Tuesday 13:00; the customer never answers two reminders
        Instant lastPause = at("2026-06-02T13:00-04:00");
        workAt(pi, lastPause, CaseLifecycle.Actions.PENDING, Map.of());
        fireJob("Timer_PendingReminderDue");
        fireJob("Timer_PendingReminderDue");
        assertThat(pi).hasPassed("Task_ClosePendingNoResponse").isEnded();
        var resolution = kit.clock(CASE_ID, SlaTarget.RESOLUTION);
        assertThat(resolution.getState().name()).isEqualTo("PAUSED");
        assertThat(resolution.getPausedAt()).isEqualTo(lastPause);
        assertThat(kit.events(CASE_ID, SlaEventKind.BREACHED)).isEmpty();
    }

    @Test
    void theResolutionClockStaysMetWhetherTheCustomerConfirmsOrStaysSilent() {
        policy(PolicySets.D);
        ProcessInstance pi = receive(at("2026-06-01T11:00-04:00"), "Medium");
        respondAt(pi, at("2026-06-01T12:00-04:00"));
        workAt(pi, at("2026-06-02T12:00-04:00"), CaseLifecycle.Actions.RESOLVE,
                Map.of(CaseLifecycle.Vars.RESOLUTION_CAUSE, "CONFIGURATION_ERROR", CaseLifecycle.Vars.SOLUTION_TYPE, "ANSWER"));
        fireJob("Timer_ConfirmationReminderDue");
        assertThat(pi).hasPassed("Task_SendConfirmationReminder");
        correlateAt(at("2026-07-06T09:00-04:00"), CaseLifecycle.Messages.RESOLUTION_CONFIRMED);
        assertThat(pi).hasPassed("Event_ResolutionConfirmed").isEnded();
        assertThat(kit.events(CASE_ID, SlaEventKind.MET)).extracting(SlaEvent::getTarget, SlaEvent::getAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SlaTarget.FIRST_RESPONSE, at("2026-06-01T12:00-04:00")),
                org.assertj.core.groups.Tuple.tuple(SlaTarget.RESOLUTION, at("2026-06-02T12:00-04:00")));

        Mocks.reset();
        policy(PolicySets.D);
        ProcessInstance silent = receive(at("2026-06-01T11:00-04:00"), "Low");
        respondAt(silent, at("2026-06-01T12:00-04:00"));
        workAt(silent, at("2026-06-02T12:00-04:00"), CaseLifecycle.Actions.RESOLVE,
                Map.of(CaseLifecycle.Vars.RESOLUTION_CAUSE, "CONFIGURATION_ERROR", CaseLifecycle.Vars.SOLUTION_TYPE, "ANSWER"));
        fireJob("Timer_ConfirmationReminderDue");
        fireJob("Timer_ConfirmationReminderDue");
        assertThat(silent).hasPassed("Task_CloseCase").isEnded();
        assertThat(kit.clock(CASE_ID, SlaTarget.RESOLUTION).getState().name()).isEqualTo("MET");
    }

    // --- helpers ---

    private void correlateAt(Instant at, String message) {
        ClockUtil.setCurrentTime(Date.from(at));
        processEngine.getRuntimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(String.valueOf(CASE_ID)).correlate();
    }

    /** Moves the engine clock to the due date of the job waiting at that activity and runs it. */
    private void fireJob(String activityId) {
        Job job = processEngine.getManagementService().createJobQuery().activityId(activityId).singleResult();
        assertThat(job).as(activityId).isNotNull();
        ClockUtil.setCurrentTime(job.getDuedate());
        processEngine.getManagementService().executeJob(job.getId());
    }

    /** Runs the asynchronous step waiting at that activity, now. */
    private void runJob(String activityId) {
        Job job = processEngine.getManagementService().createJobQuery().activityId(activityId).singleResult();
        assertThat(job).as(activityId).isNotNull();
        processEngine.getManagementService().executeJob(job.getId());
    }

    private ProcessInstance receive(Instant receivedAt, String priority) {
        kit.newCase(CASE_ID, receivedAt, priority, "PRODUCTION", "standard", "America/New_York");
        ClockUtil.setCurrentTime(Date.from(receivedAt));
        return startByMessage(priority);
    }

    private ProcessInstance startByMessage(String priority) {
        return processEngine.getRuntimeService().createMessageCorrelation(CaseLifecycle.Messages.CASE_RECEIVED)
                .processInstanceBusinessKey(String.valueOf(CASE_ID))
                .setVariable(CaseLifecycle.Vars.CASE_ID, CASE_ID)
                .setVariable(CaseLifecycle.Vars.CASE_NUMBER, "CASE-" + CASE_ID)
                .setVariable(CaseLifecycle.Vars.PRIORITY, priority)
                .correlateStartMessage();
    }

    private void respondAt(ProcessInstance pi, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        complete(task(CaseLifecycle.Tasks.TRIAGE, pi));
    }

    private void workAt(ProcessInstance pi, Instant at, String action, Map<String, Object> values) {
        ClockUtil.setCurrentTime(Date.from(at));
        var variables = withVariables(CaseLifecycle.Vars.ACTION, action);
        variables.putAll(values);
        complete(task(CaseLifecycle.Tasks.WORK, pi), variables);
    }

    /** The job of whichever named deadline timer the SLA loop waits at, or null. */
    private Job timerJobOrNull() {
        List<Job> waiting = new ArrayList<>();
        for (String timer : SlaLifecycle.DEADLINE_TIMERS.values()) {
            waiting.addAll(processEngine.getManagementService().createJobQuery().activityId(timer).list());
        }
        assertThat(waiting).as("at most one SLA deadline timer waits").hasSizeLessThanOrEqualTo(1);
        return waiting.isEmpty() ? null : waiting.get(0);
    }

    private Job timerJob() {
        Job job = timerJobOrNull();
        assertThat(job).as("the Next SLA deadline timer").isNotNull();
        return job;
    }

    private Instant timerDue() {
        return timerJob().getDuedate().toInstant();
    }

    /** Moves the engine clock to the timer's due date and lets it fire. */
    private void fireTimer() {
        Job job = timerJob();
        ClockUtil.setCurrentTime(job.getDuedate());
        processEngine.getManagementService().executeJob(job.getId());
    }

    private Object taskLocal(Task task, String name) {
        return processEngine.getTaskService().getVariableLocal(task.getId(), name);
    }

    private Instant due(ProcessInstance pi, String variable) {
        Object value = processEngine.getRuntimeService().getVariable(pi.getId(), variable);
        return value == null ? null : ((Date) value).toInstant();
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
