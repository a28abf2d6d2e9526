package io.casedesk.cases.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.cases.CaseTaskSummary;
import io.casedesk.cases.CasesProperties;
import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Actions;
import io.casedesk.cases.process.CaseLifecycle.Messages;
import io.casedesk.cases.process.CaseLifecycle.Tasks;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/**
 * Walks every path of case-lifecycle.bpmn with stand-in delegates that record which steps ran.
 * The real delegates and the Case rows are covered by CaseApiIntegrationTest; here the model's
 * routing, waits and timers are the subject. The build fails if coverage drops under 95%.
 */
@Deployment(resources = { "processes/case-lifecycle.bpmn", "processes/priority.dmn", "processes/case-choices.dmn",
        "forms/form-log-phone-call.form",
        "forms/form-triage-case.form", "forms/form-work-case.form" })
class CaseLifecycleProcessTest {

    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
    private static final Duration REMINDER_INTERVAL = Duration.ofDays(2);
    private static final int MAX_REMINDERS = 2;

    private static final List<String> steps = new ArrayList<>();
    private static final Map<String, JavaDelegate> delegates = new HashMap<>();
    private static final Map<String, org.camunda.bpm.engine.delegate.ExecutionListener> listeners = new HashMap<>();

    static {
        delegates.put("registerPhoneCall", execution -> {
            steps.add("registerPhoneCall");
            execution.setVariable(Vars.CASE_ID, 42L);
            execution.setVariable(Vars.CASE_NUMBER, "CASE-10042");
        });
        delegates.put("recordFirstResponse", execution -> {
            steps.add("recordFirstResponse");
            Object owner = execution.getVariable(Vars.CASE_OWNER);
            execution.setVariable(Vars.CASE_OWNER, owner == null ? "analyst" : owner);
        });
        delegates.put("markPending", execution -> {
            steps.add("markPending");
            execution.setVariable(Vars.REMINDER_DUE, Date.from(ClockUtil.getCurrentTime().toInstant().plus(REMINDER_INTERVAL)));
            execution.setVariable(Vars.REMINDERS_EXHAUSTED, false);
            execution.setVariable("remindersSent", 0);
        });
        delegates.put("putOnHold", execution -> {
            steps.add("putOnHold");
            execution.setVariable(Vars.HOLD_END_DUE, execution.getVariable(Vars.HOLD_UNTIL));
        });
        delegates.put("resumeWork", execution -> steps.add("resumeWork"));
        // The guards that keep a lifecycle on its own case need the case rows: CaseBindingIntegrationTest.
        delegates.put("caseStartGuard", execution -> { });
        delegates.put("caseTaskGuard", execution -> { });
        delegates.put("markResolved", execution -> {
            steps.add("markResolved");
            execution.setVariable(Vars.REMINDER_DUE, Date.from(ClockUtil.getCurrentTime().toInstant().plus(REMINDER_INTERVAL)));
            execution.setVariable(Vars.REMINDERS_EXHAUSTED, false);
            execution.setVariable("remindersSent", 0);
        });
        delegates.put("reopenCase", execution -> steps.add("reopenCase"));
        delegates.put("closeCase", execution -> steps.add("closeCase:" + execution.getVariable(Vars.CLOSING_REASON)));
        // The contract of SendReminderDelegate (LifecycleSteps.sendReminder): the timer fires, a reminder goes
        // out while any are left, each with the next one due an interval later; the firing after the last
        // reminder sends nothing and says the case is due to close.
        delegates.put("sendReminder", execution -> {
            int sent = (Integer) execution.getVariable("remindersSent");
            boolean exhausted = sent >= MAX_REMINDERS;
            execution.setVariable(Vars.REMINDERS_EXHAUSTED, exhausted);
            if (exhausted) {
                steps.add("noRemindersLeft");
                execution.setVariable(Vars.CLOSING_REASON, "NO_RESPONSE");
            } else {
                steps.add("sendReminder");
                execution.setVariable("remindersSent", sent + 1);
                execution.setVariable(Vars.REMINDER_DUE,
                        Date.from(ClockUtil.getCurrentTime().toInstant().plus(REMINDER_INTERVAL)));
            }
        });
    }

    /**
     * Stand-ins for the SLA part (the "SLA clocks" event sub-process and the listeners on the steps;
     * the real clocks are tested in sla.process.SlaLifecycleProcessTest): by default a case has no
     * SLA deadline, so the sub-process ends at once; {@link #slaDeadlines} gives it some.
     */
    private static final List<Date> slaDeadlines = new ArrayList<>();
    /** The kind of each stand-in deadline; first response unless a test says otherwise. */
    private static final List<String> slaDeadlineKinds = new ArrayList<>();

    static {
        JavaDelegate noClockChange = execution -> { };
        delegates.put("slaCaseRegistered", execution -> execution.getProcessInstance()
                .setVariable("slaClocksRequested", true));
        // Without deadlines at start there is no clock at all; after a recorded deadline, a paused clock is left.
        delegates.put("startSlaClocks", execution -> nextSlaDeadline(execution, false));
        delegates.put("recordSlaDeadlines", execution -> nextSlaDeadline(execution, true));
        for (String listener : List.of("slaFirstResponse", "slaCasePending", "slaCaseOnHold", "slaWorkResumed",
                "slaCaseResolved", "slaCaseReopened")) {
            delegates.put(listener, noClockChange);
        }
        // "Determine priority" runs the real priority table; its listeners are stand-ins that ask for P2 as given.
        listeners.put("slaPriorityQuestion", execution -> {
            execution.setVariableLocal("policySet", "policy-c");
            execution.setVariableLocal("environment", "PRODUCTION");
            execution.setVariableLocal("category", "Defect");
            execution.setVariableLocal("requestedPriority", execution.getVariable(Vars.PRIORITY));
        });
        listeners.put("slaPriorityDecision", execution -> execution.getProcessInstance().setVariable(Vars.PRIORITY,
                ((org.camunda.bpm.dmn.engine.DmnDecisionResult) execution.getVariableLocal("decisionResult"))
                        .getSingleResult().get("priority")));
        delegates.put("escalateSlaBreach", execution -> {
            steps.add("escalateSlaBreach");
            execution.getProcessInstance().setVariable("slaBreachToHandOver", false);
        });
        delegates.put("warnSlaCaseOwner", execution -> {
            steps.add("warnSlaCaseOwner");
            execution.getProcessInstance().setVariable("slaWarningToHandOver", false);
        });
    }

    /**
     * The real option lists on the staff tasks (CaseChoiceOptions), from the real case-choices.dmn,
     * for the policy set a test chooses (policy C unless it says otherwise).
     */
    private static String policySet = "policy-c";

    private static final Map<String, Object> taskListeners = new HashMap<>();

    static {
        taskListeners.put("caseChoiceOptions", new CaseChoiceOptions(new DmnCaseChoices(
                () -> CaseLifecycleProcessTest.engine.getProcessEngine().getDecisionService(), () -> policySet)));
    }

    /**
     * The real "caseTaskView" over a stand-in case: each user task is named after the case, ranked by
     * its priority and carries the case for its form. The SLA due dates are SlaLifecycleProcessTest's.
     */
    private static final LifecycleSteps caseRows = org.mockito.Mockito.mock(LifecycleSteps.class);
    private static String casePriority = "P2";
    private static final String MARKUP_SUBJECT = "<img src=x onerror=alert(1)> Export {{caseNumber}} fails";

    static {
        org.mockito.Mockito.when(caseRows.summary(org.mockito.ArgumentMatchers.anyLong())).thenAnswer(call -> new CaseTaskSummary(
                call.getArgument(0), "CASE-10042", MARKUP_SUBJECT, casePriority, "Dana <dana@acme.example>",
                "Acme (tier: premium)", "PRODUCTION", "Casedesk 7.4 on Linux", "Monthly export stops at 80%",
                "Still failing today"));
    }

    static {
        taskListeners.put("caseTaskView", new CaseTaskView(caseRows, new CasesProperties(null,
                List.of("P1", "P2", "P3", "P4"), null, null, null)));
        taskListeners.put("slaTaskDeadlines", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
    }

    /**
     * Stand-ins for policy A's watch rules (the real listeners, steps and table are tested in
     * escalation.process.WatchRulesProcessTest): by default no rule applies; a test arms a path by
     * giving its due time.
     */
    private static final Map<String, Date> watchDues = new HashMap<>();

    static {
        delegates.put("armOutageWatch", execution -> armWatch(execution, "outageWatchDue"));
        delegates.put("armP1Watch", execution -> armWatch(execution, "p1WatchDue"));
        delegates.put("escalateUnansweredOutage", execution -> steps.add("escalateUnansweredOutage"));
        delegates.put("escalateOpenP1", execution -> steps.add("escalateOpenP1"));
    }

    private static void armWatch(org.camunda.bpm.engine.delegate.DelegateExecution execution, String dueVariable) {
        if (watchDues.containsKey(dueVariable)) {
            execution.getProcessInstance().setVariable(dueVariable, watchDues.get(dueVariable));
        }
    }

    /** Takes the next stand-in deadline; with none left the loop waits for a clock to run again. */
    private static void nextSlaDeadline(org.camunda.bpm.engine.delegate.DelegateExecution execution, boolean clocksLeft) {
        execution.getProcessInstance().setVariable("slaClocksLeft", clocksLeft);
        execution.getProcessInstance().setVariable("nextSlaDue", slaDeadlines.isEmpty() ? null : slaDeadlines.remove(0));
        execution.getProcessInstance().setVariable("nextSlaKind", execution.getVariable("nextSlaDue") == null ? null
                : slaDeadlineKinds.isEmpty() ? "first-response-due" : slaDeadlineKinds.remove(0));
    }

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(engineConfiguration())
            .assertClassCoverageAtLeast(0.95)
            .build();

    private static ProcessCoverageInMemProcessEngineConfiguration engineConfiguration() {
        var configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:case-lifecycle-process-test;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        var beans = new HashMap<Object, Object>(delegates);
        beans.putAll(listeners);
        beans.putAll(taskListeners);
        configuration.setBeans(beans);
        // The option lists are JSON variables (Spin), as Tasklist's form-js integration reads them.
        configuration.getProcessEnginePlugins().add(new org.camunda.spin.plugin.impl.SpinProcessEnginePlugin());
        return configuration;
    }

    @BeforeEach
    void setUp() {
        ProcessEngine processEngine = engine.getProcessEngine();
        init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        steps.clear();
        slaDeadlines.clear();
        slaDeadlineKinds.clear();
        watchDues.clear();
        policySet = "policy-c";
        casePriority = "P2";
    }

    @Test
    void everyTaskIsNamedAfterItsCaseRankedByItsPriorityAndShowsTheCase() {
        casePriority = "P1";
        ProcessInstance pi = startFromIntake();
        assertThat(pi).isWaitingAt(Tasks.TRIAGE);
        var triage = task();
        // The model's name stays the verb; the subject is data, kept as typed (Tasklist renders it as text).
        assertThat(triage.getName()).isEqualTo("Triage and respond CASE-10042: " + MARKUP_SUBJECT);
        assertThat(triage.getPriority()).isEqualTo(100);
        assertThat(engine.getProcessEngine().getTaskService().getVariablesLocal(triage.getId()))
                .containsEntry(Vars.CASE_SUBJECT, MARKUP_SUBJECT)
                .containsEntry(Vars.CASE_CUSTOMER, "Dana <dana@acme.example>")
                .containsEntry(Vars.CASE_ORGANISATION, "Acme (tier: premium)")
                .containsEntry(Vars.CASE_ENVIRONMENT, "PRODUCTION")
                .containsEntry(Vars.CASE_PRODUCT, "Casedesk 7.4 on Linux")
                .containsEntry(Vars.CASE_DESCRIPTION, "Monthly export stops at 80%")
                .containsEntry(Vars.CASE_LAST_CUSTOMER_MESSAGE, "Still failing today");

        casePriority = "P4";
        complete(triage, withVariables(Vars.FIRST_REPLY, "On it"));
        assertThat(task().getName()).isEqualTo("Work the case CASE-10042: " + MARKUP_SUBJECT);
        assertThat(task().getPriority()).isEqualTo(70);
        // The form's read-only copies are the task's own: they end with it and never reach the process.
        assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys(Vars.CASE_SUBJECT, Vars.CASE_DESCRIPTION);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void caseFromIntakeIsTriagedWorkedResolvedAndConfirmed() {
        ProcessInstance pi = startFromIntake();
        assertThat(pi).hasPassed("Task_DeterminePriority").isWaitingAt(Tasks.TRIAGE);
        assertThat(task()).hasCandidateGroup("support-analysts");

        complete(task(), withVariables(Vars.FIRST_REPLY, "On it", Vars.CASE_OWNER, "analyst2"));
        assertThat(pi).isWaitingAt(Tasks.WORK);
        assertThat(task()).isAssignedTo("analyst2").hasCandidateGroupAssociated("support-analysts");

        completeWork(Actions.RESOLVE);
        assertThat(pi).isWaitingAt("Gateway_AwaitConfirmation");
        correlate(pi, Messages.RESOLUTION_CONFIRMED, Map.of(Vars.CLOSING_REASON, "CONFIRMED_BY_CUSTOMER"));

        assertThat(pi).isEnded().hasPassed("EndEvent_CaseClosed");
        assertThat(steps).containsExactly("recordFirstResponse", "markResolved", "closeCase:CONFIRMED_BY_CUSTOMER");
    }

    @Test
    void agentLogsPhoneCallFromTasklist() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(CaseLifecycle.KEY,
                withVariables(Vars.REQUESTER_EMAIL, "dana@acme.example", Vars.CALL_RECEIVED_AT, "2026-11-23T13:40:00Z"));

        assertThat(pi).hasPassed("Task_RegisterPhoneCall").isWaitingAt(Tasks.TRIAGE);
        assertThat(pi).variables().containsEntry(Vars.CASE_NUMBER, "CASE-10042");
        assertThat(steps).containsExactly("registerPhoneCall");
    }

    @Test
    void pendingCaseResumesWhenTheCustomerReplies() {
        ProcessInstance pi = startInProgress();
        completeWork(Actions.PENDING);
        assertThat(pi).isWaitingAt("Gateway_AwaitCustomer");

        correlate(pi, Messages.CUSTOMER_REPLIED, Map.of());

        assertThat(pi).hasPassed("Event_CustomerReplied", "Task_ResumeWork").isWaitingAt(Tasks.WORK);
    }

    @Test
    void pendingCaseResumesWhenTheFixArrives() {
        ProcessInstance pi = startInProgress();
        completeWork(Actions.PENDING);

        correlate(pi, Messages.CASE_RESUMED, Map.of());

        assertThat(pi).hasPassed("Event_PendingResumed", "Task_ResumeWork").isWaitingAt(Tasks.WORK);
    }

    @Test
    void silentPendingCaseIsRemindedThenClosedOneIntervalAfterTheLastReminder() {
        ProcessInstance pi = startInProgress();
        completeWork(Actions.PENDING);

        assertThat(job()).hasDueDate(Date.from(NOW.plus(REMINDER_INTERVAL)));
        execute(job());
        assertThat(pi).hasPassed("Task_SendPendingReminder").isWaitingAt("Gateway_AwaitCustomer");
        execute(job());
        // The last reminder went out; the customer still has one whole interval to answer (policy D).
        assertThat(pi).isWaitingAt("Gateway_AwaitCustomer").hasNotPassed("Task_ClosePendingNoResponse");
        assertThat(job()).isNotNull();
        execute(job());

        assertThat(pi).isEnded().hasPassed("Task_ClosePendingNoResponse", "EndEvent_ClosedNoResponse");
        assertThat(steps).endsWith("sendReminder", "sendReminder", "noRemindersLeft", "closeCase:NO_RESPONSE");
    }

    @Test
    void anAnswerInTheIntervalAfterTheLastReminderStillResumesTheCase() {
        ProcessInstance pi = startInProgress();
        completeWork(Actions.PENDING);
        execute(job());
        execute(job());
        assertThat(steps).endsWith("sendReminder", "sendReminder");

        correlate(pi, Messages.CUSTOMER_REPLIED, Map.of());

        assertThat(pi).hasPassed("Event_CustomerReplied", "Task_ResumeWork").isWaitingAt(Tasks.WORK)
                .hasNotPassed("Task_ClosePendingNoResponse");
    }

    @Test
    void onHoldCaseComesBackOnTheAgreedDate() {
        ProcessInstance pi = startInProgress();
        Date until = Date.from(NOW.plus(Duration.ofDays(10)));
        completeWork(Actions.HOLD, Vars.HOLD_UNTIL, until);
        assertThat(pi).isWaitingAt("Gateway_AwaitHoldEnd");
        assertThat(job()).hasDueDate(until);

        execute(job());

        assertThat(pi).hasPassed("Timer_HoldEndDue", "Task_ResumeWork").isWaitingAt(Tasks.WORK);
    }

    @Test
    void onHoldCaseCanResumeEarly() {
        ProcessInstance pi = startInProgress();
        completeWork(Actions.HOLD, Vars.HOLD_UNTIL, Date.from(NOW.plus(Duration.ofDays(10))));

        correlate(pi, Messages.CASE_RESUMED, Map.of());

        assertThat(pi).hasPassed("Event_HoldResumed", "Task_ResumeWork").isWaitingAt(Tasks.WORK);
        assertThat(pi).hasNotPassed("Timer_HoldEndDue");
    }

    @Test
    void resolvedCaseReopensToTheOwner() {
        ProcessInstance pi = startInProgress();
        completeWork(Actions.RESOLVE);

        correlate(pi, Messages.REOPEN_REQUESTED, Map.of());

        assertThat(pi).hasPassed("Task_ReopenCase").isWaitingAt(Tasks.WORK);
        assertThat(task()).isAssignedTo("analyst");
    }

    @Test
    void unconfirmedResolutionClosesOneIntervalAfterTheLastReminder() {
        ProcessInstance pi = startInProgress();
        completeWork(Actions.RESOLVE);

        execute(job());
        assertThat(pi).hasPassed("Task_SendConfirmationReminder").isWaitingAt("Gateway_AwaitConfirmation");
        execute(job());
        assertThat(pi).isWaitingAt("Gateway_AwaitConfirmation");
        execute(job());

        assertThat(pi).isEnded().hasPassed("Gateway_ClosingMerge", "EndEvent_CaseClosed")
                .hasNotPassed("Event_ResolutionConfirmed");
        assertThat(steps).endsWith("sendReminder", "sendReminder", "noRemindersLeft", "closeCase:NO_RESPONSE");
    }

    @Test
    void caseWorkedOnCanBeClosedAsDuplicate() {
        ProcessInstance pi = startInProgress();

        completeWork(Actions.CLOSE, Vars.CLOSING_REASON, "DUPLICATE");

        assertThat(pi).isEnded().hasPassed("Gateway_ClosingMerge", "EndEvent_CaseClosed").hasNotPassed("Task_MarkResolved");
        assertThat(steps).endsWith("closeCase:DUPLICATE");
    }

    @Test
    void slaClocksWaitForTheirNextDeadlineAndForAClockToRunAgain() {
        Date firstDeadline = Date.from(NOW.plus(Duration.ofHours(2)));
        slaDeadlines.add(firstDeadline);
        ProcessInstance pi = startFromIntake();
        assertThat(pi).hasPassed("Task_StartSlaClocks").isWaitingAt(Tasks.TRIAGE, "Gateway_AwaitFirstResponseDue");
        assertThat(job()).hasDueDate(firstDeadline);

        execute(job());
        assertThat(pi).hasPassed("Task_RecordSlaDeadlines").isWaitingAt(Tasks.TRIAGE, "Event_SlaClockRunsAgain");

        Date resumed = Date.from(NOW.plus(Duration.ofHours(5)));
        runtimeService().setVariable(pi.getId(), "nextSlaDue", resumed);
        runtimeService().setVariable(pi.getId(), "nextSlaKind", "resolution-due");
        assertThat(pi).isWaitingAt(Tasks.TRIAGE, "Gateway_AwaitResolutionDue");
        assertThat(job()).hasDueDate(resumed);

        runtimeService().setVariable(pi.getId(), "nextSlaDue", null);
        runtimeService().setVariable(pi.getId(), "nextSlaKind", null);
        assertThat(pi).hasPassed("Event_ResolutionDueMoved").isWaitingAt(Tasks.TRIAGE, "Event_SlaClockRunsAgain");

        complete(task(), withVariables(Vars.FIRST_REPLY, "On it"));
        completeWork(Actions.CLOSE, Vars.CLOSING_REASON, "DUPLICATE");
        assertThat(pi).as("closing the case ends the SLA clocks too").isEnded();
    }

    /** Each kind of deadline waits at a timer of its own; a new kind moves the token to that kind's timer. */
    @Test
    void everyKindOfDeadlineHasItsOwnNamedTimer() {
        slaDeadlines.add(Date.from(NOW.plus(Duration.ofHours(1))));
        slaDeadlineKinds.add(KINDS.get(0));
        ProcessInstance pi = startFromIntake();
        for (int i = 0; i < KINDS.size(); i++) {
            assertThat(pi).isWaitingAt(Tasks.TRIAGE, TIMERS.get(i).replace("Timer_", "Gateway_Await"));
            if (i + 1 < KINDS.size()) {
                runtimeService().setVariable(pi.getId(), "nextSlaKind", KINDS.get(i + 1));
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6, 7 })
    void eachNamedTimerRecordsItsDeadline(int kind) {
        slaDeadlines.add(Date.from(NOW.plus(Duration.ofHours(1))));
        slaDeadlineKinds.add(KINDS.get(kind));
        ProcessInstance pi = startFromIntake();

        execute(job(pi));

        assertThat(pi).hasPassed(TIMERS.get(kind), "Task_RecordSlaDeadlines").isWaitingAt(Tasks.TRIAGE, "Event_SlaClockRunsAgain");
    }

    @Test
    void aRecordedBreachIsHandedToTheLadderAndAWarningToTheOwnerEachInAJobOfItsOwn() {
        ProcessInstance pi = startFromIntake();

        runtimeService().setVariable(pi.getId(), "slaBreachToHandOver", true);
        runtimeService().setVariable(pi.getId(), "slaWarningToHandOver", true);
        assertThat(steps).doesNotContain("escalateSlaBreach", "warnSlaCaseOwner");
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isEqualTo(2);
        managementService().createJobQuery().processInstanceId(pi.getId()).list().forEach(job -> execute(job));

        assertThat(steps).contains("escalateSlaBreach", "warnSlaCaseOwner");
        assertThat(pi).hasPassed("EndEvent_SlaBreachHandedOver", "EndEvent_CaseOwnerWarned").isWaitingAt(Tasks.TRIAGE);
    }

    @Test
    void policyAWatchRulesWaitAtTheirNamedTimersAndEscalateEachInAJobOfItsOwn() {
        watchDues.put("outageWatchDue", Date.from(NOW.plus(Duration.ofMinutes(30))));
        watchDues.put("p1WatchDue", Date.from(NOW.plus(Duration.ofHours(4))));
        ProcessInstance pi = startFromIntake();
        assertThat(pi).isWaitingAt(Tasks.TRIAGE, "Timer_OutageResponseTimePassed");
        complete(task(), withVariables(Vars.FIRST_REPLY, "On it"));
        assertThat(pi).isWaitingAt(Tasks.WORK, "Timer_OutageResponseTimePassed", "Timer_P1OpenAfterResponse");

        for (String timer : List.of("Timer_OutageResponseTimePassed", "Timer_P1OpenAfterResponse")) {
            execute(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(timer).singleResult());
        }
        assertThat(steps).doesNotContain("escalateUnansweredOutage", "escalateOpenP1");
        managementService().createJobQuery().processInstanceId(pi.getId()).list().forEach(job -> execute(job));

        assertThat(steps).contains("escalateUnansweredOutage", "escalateOpenP1");
        assertThat(pi).hasPassed("EndEvent_OutageWatchDone", "EndEvent_P1WatchDone").isWaitingAt(Tasks.WORK);
    }

    private static final List<String> KINDS = List.of("acknowledgement-warning", "acknowledgement-due",
            "first-response-warning", "first-response-due", "resolution-warning", "resolution-due",
            "update-interval-due", "other");
    private static final List<String> TIMERS = KINDS.stream()
            .map(kind -> io.casedesk.sla.process.SlaLifecycle.DEADLINE_TIMERS.get(kind)).toList();

    @Test
    void aCaseWithoutSlaTargetsEndsItsSlaClocksAtOnce() {
        ProcessInstance pi = startFromIntake();
        assertThat(pi).hasPassed("Task_StartSlaClocks", "EndEvent_NoSlaDeadline").isWaitingAt(Tasks.TRIAGE);
    }

    // --- the choice lists of each policy set, as the staff forms get them -------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "policy-a, P1 P2 P3 P4 P5", "policy-b, Critical Normal", "policy-c, P1 P2 P3 P4",
            "policy-d, High Medium Low", "policy-e, Sev1 Sev2 Sev3 Sev4" })
    void eachStaffFormOffersThePolicySetsOwnLists(String set, String priorityScheme) throws Exception {
        policySet = set;
        ProcessInstance pi = startFromIntake();
        assertThat(pi).isWaitingAt(Tasks.TRIAGE);

        Map<String, List<String>> triage = formOptions(task(), "forms/form-triage-case.form");
        assertThat(triage).containsOnlyKeys(Vars.PRIORITY, Vars.CATEGORY);
        assertThat(triage.get(Vars.PRIORITY)).containsExactly(priorityScheme.split(" "));
        assertThat(triage.get(Vars.CATEGORY)).isEqualTo(tableValues(set, "category", false));

        complete(task(), withVariables(Vars.FIRST_REPLY, "On it"));
        Map<String, List<String>> work = formOptions(task(), "forms/form-work-case.form");
        assertThat(work).containsOnlyKeys(Vars.RESOLUTION_CAUSE, Vars.SOLUTION_TYPE, Vars.CLOSING_REASON);
        assertThat(work.get(Vars.RESOLUTION_CAUSE)).isNotEmpty().isEqualTo(tableValues(set, "cause", false));
        assertThat(work.get(Vars.SOLUTION_TYPE)).isNotEmpty().isEqualTo(tableValues(set, "solutionType", false));
        // Staff choose the policy's own closing reasons; the process sets the two every policy set has.
        assertThat(work.get(Vars.CLOSING_REASON)).isNotEmpty().isEqualTo(tableValues(set, "closingReason", true))
                .doesNotContain("CONFIRMED_BY_CUSTOMER", "NO_RESPONSE");
        assertThat(tableValues(set, "closingReason", false)).contains("CONFIRMED_BY_CUSTOMER", "NO_RESPONSE");
    }

    @Test
    void policyDAndBOfferTheirSeedsWording() throws Exception {
        policySet = "policy-d";
        assertThat(startFromIntake()).isWaitingAt(Tasks.TRIAGE);
        complete(task(), withVariables(Vars.FIRST_REPLY, "On it"));
        Map<String, String> solutions = formLabels(task(), Vars.SOLUTION_TYPE, "forms/form-work-case.form");
        assertThat(solutions).containsEntry("KNOWLEDGE_ARTICLE",
                "Fix or workaround incorporated into the Software Solution Library")
                .containsEntry("PATCH_OR_HOTFIX", "Program patch is provided").hasSize(5);
        assertThat(formLabels(task(), Vars.RESOLUTION_CAUSE, "forms/form-work-case.form"))
                .containsOnlyKeys("PROGRAM_DEFECT", "NOT_A_DEFECT", "ENHANCEMENT_REQUEST");
        assertThat(formLabels(task(), Vars.CLOSING_REASON, "forms/form-work-case.form")).containsOnlyKeys("NOT_A_DEFECT");

        policySet = "policy-b";
        assertThat(startFromIntake()).isWaitingAt(Tasks.TRIAGE);
        complete(task(), withVariables(Vars.FIRST_REPLY, "On it"));
        assertThat(formLabels(task(), Vars.SOLUTION_TYPE, "forms/form-work-case.form").values()).contains(
                "Customer is satisfied with the matter",
                "Feature request the customer would like to speak to the Account Manager about",
                "Bug raised in the bug tracker with an indication of resolution (critical bugs: a patch within 24 hours)");
    }

    /**
     * The options each select of the form shows for the task, resolved as Tasklist's form-js does: the
     * task's form variables (what {@code /task/{id}/form-variables} answers), JSON ones parsed, looked up
     * by the field's valuesKey; static values where the field has them.
     */
    private static Map<String, List<String>> formOptions(org.camunda.bpm.engine.task.Task task, String formFile)
            throws Exception {
        Map<String, List<String>> byField = new java.util.TreeMap<>();
        optionsByField(task, formFile).forEach((field, options) -> byField.put(field,
                options.stream().map(o -> o.get("value").asText()).toList()));
        return byField;
    }

    private static Map<String, String> formLabels(org.camunda.bpm.engine.task.Task task, String field, String formFile)
            throws Exception {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        optionsByField(task, formFile).get(field).forEach(o -> labels.put(o.get("value").asText(), o.get("label").asText()));
        return labels;
    }

    private static Map<String, List<JsonNode>> optionsByField(org.camunda.bpm.engine.task.Task task, String formFile)
            throws Exception {
        var variables = formService().getTaskFormVariables(task.getId(), null, false);
        JsonNode form = JSON.readTree(java.nio.file.Path.of(formFile).toFile());
        Map<String, List<JsonNode>> byField = new java.util.TreeMap<>();
        for (JsonNode component : form.path("components")) {
            if (!component.has("valuesKey")) {
                continue;
            }
            String valuesKey = component.get("valuesKey").asText();
            var typed = (org.camunda.bpm.engine.variable.value.SerializableValue) variables.getValueTyped(valuesKey);
            assertThat(typed).as("form variable %s of %s", valuesKey, task.getTaskDefinitionKey()).isNotNull();
            assertThat(typed.getType().getName()).as("Tasklist parses JSON variables into arrays").isEqualTo("json");
            List<JsonNode> options = new ArrayList<>();
            JSON.readTree(typed.getValueSerialized()).forEach(options::add);
            byField.put(component.get("key").asText(), options);
        }
        return byField;
    }

    /** The table's rows for a list, read straight from the deployed decision. */
    private static List<String> tableValues(String set, String list, boolean staffOnly) {
        return engine.getProcessEngine().getDecisionService().evaluateDecisionByKey("case-choices")
                .variables(Map.of("policySet", set, "list", list)).evaluate().getResultList().stream()
                .filter(row -> !staffOnly || Boolean.TRUE.equals(row.get("staffMayChoose")))
                .map(row -> (String) row.get("value")).toList();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static ProcessInstance startFromIntake() {
        return runtimeService().createMessageCorrelation(Messages.CASE_RECEIVED)
                .processInstanceBusinessKey("CASE-10042")
                .setVariable(Vars.CASE_ID, 42L)
                .setVariable(Vars.CASE_NUMBER, "CASE-10042")
                .setVariable(Vars.PRIORITY, "P2")
                .correlateStartMessage();
    }

    private static ProcessInstance startInProgress() {
        ProcessInstance pi = startFromIntake();
        assertThat(pi).isWaitingAt(Tasks.TRIAGE);
        complete(task(), withVariables(Vars.FIRST_REPLY, "On it"));
        assertThat(pi).isWaitingAt(Tasks.WORK);
        return pi;
    }

    private static void completeWork(String action, Object... more) {
        Map<String, Object> variables = new HashMap<>(Map.of(Vars.ACTION, action));
        for (int i = 0; i < more.length; i += 2) {
            variables.put((String) more[i], more[i + 1]);
        }
        complete(task(), variables);
    }

    private static void correlate(ProcessInstance pi, String message, Map<String, Object> variables) {
        runtimeService().createMessageCorrelation(message)
                .processInstanceId(pi.getId())
                .setVariables(variables)
                .correlate();
    }
}
