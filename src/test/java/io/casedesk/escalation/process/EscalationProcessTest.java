package io.casedesk.escalation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.casedesk.escalation.process.EscalationLadder;
import io.casedesk.escalation.EscalationSteps;
import io.casedesk.escalation.EscalationTrigger;
import io.casedesk.escalation.process.EscalationProcess.Elements;
import io.casedesk.escalation.process.EscalationProcess.Messages;
import io.casedesk.escalation.process.EscalationProcess.Outcomes;
import io.casedesk.escalation.process.EscalationProcess.Vars;
import io.casedesk.platform.identity.StaffGroups;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.ExampleCalendars;

/**
 * The ladder of each policy set, driven by {@code escalation.bpmn} and {@code escalation-levels.dmn}
 * on the engine clock. The case's SLA calendar is policy C's (Monday–Friday 07:00–18:00
 * America/Chicago) unless a test says otherwise.
 */
@Deployment(resources = { "processes/escalation.bpmn", "processes/escalation-levels.dmn",
        "forms/form-escalation-level.form" })
class EscalationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("escalation.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    /** Tuesday 17 November 2026, 09:00 in Chicago. */
    static final Instant TUESDAY_0900_CHICAGO = Instant.parse("2026-11-17T15:00:00Z");
    static final long ESCALATION_ID = 7L;

    ProcessEngine engine;
    EscalationSteps steps;
    SlaClocks clocks;

    @BeforeEach
    void setUp(ProcessEngine engine) {
        this.engine = engine;
        BpmnAwareTests.init(engine);
        EngineClock.set(TUESDAY_0900_CHICAGO);
        steps = mock(EscalationSteps.class);
        clocks = mock(SlaClocks.class);
        caseCalendar(ExampleCalendars.policyC());
        EscalationLadder ladder = new EscalationLadder(engine.getDecisionService());
        Mocks.register("applyEscalationLevel", new ApplyLevelListener());
        Mocks.register("enterEscalationLevel", new EnterLevelDelegate(ladder, steps, clocks, new EngineClock()));
        Mocks.register("moveEscalationUp", new MoveUpDelegate(ladder));
        Mocks.register("recordMissedResponse", new RecordMissedResponseDelegate(steps));
        Mocks.register("recordEscalationDecision", new RecordDecisionDelegate(steps));
        // The case's name, rank and view on each level's task: cases.process.CaseLifecycleProcessTest.
        Mocks.register("caseTaskView", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
        Mocks.register("slaTaskDeadlines", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
    }

    @AfterEach
    void tearDown() {
        EngineClock.reset();
        Mocks.reset();
    }

    private void caseCalendar(BusinessCalendar calendar) {
        when(clocks.calendarFor(anyLong(), eq(SlaClocks.CASE_CALENDAR))).thenReturn(calendar);
    }

    private ProcessInstance escalate(String policySet, EscalationTrigger trigger, String owner) {
        return engine.getRuntimeService().createMessageCorrelation(Messages.REQUESTED).processInstanceBusinessKey("42")
                .setVariables(withVariables(Vars.CASE_ID, 42L, Vars.CASE_NUMBER, "CASE-10042", Vars.CASE_OWNER, owner,
                        Vars.ESCALATION_ID, ESCALATION_ID, Vars.POLICY_SET, policySet, Vars.TRIGGER, trigger.name()))
                .correlateStartMessage();
    }

    private ProcessInstance escalate(String policySet, EscalationTrigger trigger) {
        return escalate(policySet, trigger, "analyst");
    }

    private Date timerDue(ProcessInstance pi) {
        return job(pi).getDuedate();
    }

    private List<String> candidateGroups(ProcessInstance pi) {
        return engine.getTaskService().getIdentityLinksForTask(task(pi).getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
    }

    private void missResponseTime(ProcessInstance pi) {
        EngineClock.set(timerDue(pi).toInstant());
        execute(job(pi));
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    @Test
    void policyC_customerEscalationGoesToTheAssignedAnalystWithTwoBusinessHours() {
        ProcessInstance pi = escalate("policy-c", EscalationTrigger.CUSTOMER);

        assertThat(pi).isWaitingAt(Elements.ANALYST_RESPONDS).hasPassed(Elements.DECIDE_ENTRY_LEVEL, Elements.LOOK_UP_LEVEL);
        assertThat(task(pi)).isAssignedTo("analyst").hasName("Assigned analyst responds");
        assertThat(candidateGroups(pi)).containsExactly(StaffGroups.ANALYSTS);
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-17T17:00:00Z"));
        assertThat(task(pi).getDueDate()).isEqualTo(at("2026-11-17T17:00:00Z"));
        verify(steps).levelEntered(eq(ESCALATION_ID), eq(1), eq("assigned support analyst"), eq(StaffGroups.ANALYSTS),
                eq("analyst"), eq(TUESDAY_0900_CHICAGO), eq(Instant.parse("2026-11-17T17:00:00Z")));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), Vars.LEVEL_COUNT)).isEqualTo(4);
    }

    @Test
    void policyC_anUnansweredLevelMovesUpWhenItsResponseTimeRunsOut() {
        ProcessInstance pi = escalate("policy-c", EscalationTrigger.CUSTOMER);

        EngineClock.set(Instant.parse("2026-11-17T16:59:00Z"));
        assertThat(engine.getManagementService().createJobQuery().executable().count()).isZero();

        EngineClock.set(Instant.parse("2026-11-17T17:00:00Z"));
        execute(job(pi));

        verify(steps).levelNotAnswered(ESCALATION_ID, 1);
        assertThat(pi).isWaitingAt(Elements.SUPPORT_MANAGER_REVIEWS).variables().containsEntry(Vars.LEVEL, 2);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.MANAGERS).isNotAssigned();
        // 11:00 in Chicago plus 4 business hours is 15:00 in Chicago, 21:00 UTC.
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-17T21:00:00Z"));
        verify(steps).levelEntered(eq(ESCALATION_ID), eq(2), eq("manager of customer support"), eq(StaffGroups.MANAGERS),
                isNull(), any(), any());
    }

    @Test
    void policyC_aBreachStartsAtTheManagerAndRunsUpToTheCeoWhoStaysAtTheTop() {
        ProcessInstance pi = escalate("policy-c", EscalationTrigger.SLA_BREACH);
        assertThat(pi).isWaitingAt(Elements.SUPPORT_MANAGER_REVIEWS);

        EngineClock.set(Instant.parse("2026-11-17T19:00:00Z"));
        execute(job(pi));
        assertThat(pi).isWaitingAt(Elements.VP_REVIEWS);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.VP).hasName("VP of Customer Experience reviews");
        // 13:00 in Chicago plus 1 working day: Wednesday 13:00.
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-18T19:00:00Z"));

        missResponseTime(pi);
        assertThat(pi).isWaitingAt(Elements.CEO_DECIDES);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.CEO);
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-20T19:00:00Z"));

        missResponseTime(pi);
        assertThat(pi).isWaitingAt(Elements.CEO_DECIDES).variables().containsEntry(Vars.LEVEL, 4);
        verify(steps).levelNotAnswered(ESCALATION_ID, 4);
        verify(steps, times(2)).levelEntered(eq(ESCALATION_ID), eq(4), eq("founder & CEO"), eq(StaffGroups.CEO),
                isNull(), any(), any());
    }

    @Test
    void deEscalationEndsTheLadderAndTakesThePlanOutOfTheInstance() {
        ProcessInstance pi = escalate("policy-c", EscalationTrigger.SLA_BREACH);

        complete(task(pi), withVariables(Vars.ACKNOWLEDGED, true, Vars.PLAN, "Call the customer at 14:00",
                Vars.DECISION, Outcomes.DE_ESCALATE));

        assertThat(pi).isEnded().hasPassed(Elements.DE_ESCALATED);
        verify(steps).levelDecided(ESCALATION_ID, 2, "casedesk", Outcomes.DE_ESCALATE, "Call the customer at 14:00");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(Vars.PLAN).count()).isZero();
    }

    @Test
    void resolvingEndsTheLadder() {
        ProcessInstance pi = escalate("policy-c", EscalationTrigger.SLA_BREACH);
        missResponseTime(pi);

        complete(task(pi), withVariables(Vars.ACKNOWLEDGED, true, Vars.PLAN, "Credit note issued",
                Vars.DECISION, Outcomes.RESOLVE));

        assertThat(pi).isEnded().hasPassed(Elements.RESOLVED);
        verify(steps).levelDecided(ESCALATION_ID, 3, "casedesk", Outcomes.RESOLVE, "Credit note issued");
    }

    @Test
    void theLevelCanEscalateFurtherWithAFreshFormAtTheNextLevel() {
        ProcessInstance pi = escalate("policy-c", EscalationTrigger.SLA_BREACH);

        complete(task(pi), withVariables(Vars.ACKNOWLEDGED, true, Vars.PLAN, "Needs budget", Vars.DECISION,
                Outcomes.ESCALATE));

        assertThat(pi).isWaitingAt(Elements.VP_REVIEWS);
        assertThat(engine.getRuntimeService().getVariables(pi.getId()))
                .doesNotContainKeys(Vars.DECISION, Vars.ACKNOWLEDGED, Vars.PLAN);
        verify(steps).levelEntered(eq(ESCALATION_ID), eq(3), eq("VP of customer experience"), eq(StaffGroups.VP),
                isNull(), any(), any());
    }

    @Test
    void aSecondEscalationMovesTheRunningLadderUpInsteadOfStartingAnother() {
        ProcessInstance pi = escalate("policy-c", EscalationTrigger.CUSTOMER);
        EngineClock.set(Instant.parse("2026-11-17T15:30:00Z"));

        engine.getRuntimeService().createMessageCorrelation(Messages.RAISED).processInstanceId(pi.getId())
                .correlateWithResult();

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
                .count()).isEqualTo(1);
        assertThat(pi).isWaitingAt(Elements.SUPPORT_MANAGER_REVIEWS).hasPassed(Elements.RAISED).variables()
                .containsEntry(Vars.LEVEL, 2);
        // Entered at 09:30 in Chicago: 4 business hours later is 13:30.
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-17T19:30:00Z"));
        verify(steps, never()).levelNotAnswered(any(Long.class), any(Integer.class));
    }

    @Test
    void aCaseWithoutOwnerGoesToTheAnalystsGroup() {
        ProcessInstance pi = escalate("policy-c", EscalationTrigger.CUSTOMER, null);

        assertThat(pi).isWaitingAt(Elements.ANALYST_RESPONDS);
        assertThat(task(pi)).isNotAssigned().hasCandidateGroup(StaffGroups.ANALYSTS);

        complete(task(pi), withVariables(Vars.ACKNOWLEDGED, true, Vars.PLAN, "Owner assigned, call booked",
                Vars.DECISION, Outcomes.DE_ESCALATE));
        assertThat(pi).isEnded().hasPassed(Elements.DE_ESCALATED);
    }

    @Test
    void policyB_anAccountManagerWhoDoesNotAnswerPassesTheCaseToTheCeo() {
        caseCalendar(ExampleCalendars.policyBFlorida());
        ProcessInstance pi = escalate("policy-b", EscalationTrigger.CUSTOMER);
        missResponseTime(pi);
        assertThat(pi).isWaitingAt(Elements.ACCOUNT_MANAGER_REVIEWS);

        missResponseTime(pi);

        assertThat(pi).isWaitingAt(Elements.CEO_DECIDES);
        verify(steps).levelNotAnswered(ESCALATION_ID, 2);
    }

    @Test
    void policyB_runsSupportManagerThenAccountManagerThenCeo_andABreachEntersAtTheFirstLevel() {
        caseCalendar(ExampleCalendars.policyBFlorida());
        ProcessInstance pi = escalate("policy-b", EscalationTrigger.SLA_BREACH);
        assertThat(pi).isWaitingAt(Elements.SUPPORT_MANAGER_REVIEWS);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.MANAGERS).isNotAssigned();
        // Policy B (Florida): 09:00–17:00 New York. 10:00 New York + 4 business hours = 14:00 = 19:00 UTC.
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-17T19:00:00Z"));

        missResponseTime(pi);
        assertThat(pi).isWaitingAt(Elements.ACCOUNT_MANAGER_REVIEWS);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.ACCOUNT_MANAGERS).hasName("Account manager reviews");

        complete(task(pi), withVariables(Vars.ACKNOWLEDGED, true, Vars.PLAN, "Escalate to CEO", Vars.DECISION,
                Outcomes.ESCALATE));
        assertThat(pi).isWaitingAt(Elements.CEO_DECIDES);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.CEO);
        verify(steps).levelDecided(eq(ESCALATION_ID), eq(2), anyString(), eq(Outcomes.ESCALATE), anyString());
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), Vars.LEVEL_COUNT)).isEqualTo(3);
    }

    @Test
    void policyD_goesToTheDirectorThenTheVpThenTheCeoInWorkingDays() {
        caseCalendar(ExampleCalendars.policyD());
        ProcessInstance pi = escalate("policy-d", EscalationTrigger.CUSTOMER);

        assertThat(pi).isWaitingAt(Elements.SUPPORT_MANAGER_REVIEWS);
        verify(steps).levelEntered(eq(ESCALATION_ID), eq(1), eq("director of customer support"),
                eq(StaffGroups.MANAGERS), isNull(), any(), any());
        missResponseTime(pi);
        assertThat(pi).isWaitingAt(Elements.VP_REVIEWS);
        missResponseTime(pi);
        assertThat(pi).isWaitingAt(Elements.CEO_DECIDES);
        verify(steps).levelEntered(eq(ESCALATION_ID), eq(3), eq("CEO"), eq(StaffGroups.CEO), isNull(), any(), any());

        complete(task(pi), withVariables(Vars.ACKNOWLEDGED, true, Vars.PLAN, "Refund agreed", Vars.DECISION,
                Outcomes.RESOLVE));
        assertThat(pi).isEnded().hasPassed(Elements.RESOLVED);
    }

    @ParameterizedTest(name = "{0}: customer → analyst, breach → support manager")
    @ValueSource(strings = { "policy-a", "policy-e" })
    void policiesAAndE_runTheUsualLadder(String policySet) {
        ProcessInstance byCustomer = escalate(policySet, EscalationTrigger.CUSTOMER);
        assertThat(byCustomer).isWaitingAt(Elements.ANALYST_RESPONDS);

        engine.getRuntimeService().deleteProcessInstance(byCustomer.getId(), "next trigger");
        ProcessInstance byBreach = escalate(policySet, EscalationTrigger.SLA_BREACH);
        assertThat(byBreach).isWaitingAt(Elements.SUPPORT_MANAGER_REVIEWS);
        assertThat(task(byBreach)).hasCandidateGroup(StaffGroups.MANAGERS);
    }

    @Test
    void theRespondByTimeCountsOnTheCasesSlaCalendar_24x7ForAnEmergency() {
        caseCalendar(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC));
        EngineClock.set(Instant.parse("2026-11-21T03:00:00Z")); // Saturday night

        ProcessInstance pi = escalate("policy-c", EscalationTrigger.SLA_BREACH);

        assertThat(timerDue(pi)).isEqualTo(at("2026-11-21T07:00:00Z"));
    }

    @Test
    void closingTheCaseWithdrawsTheEscalation() {
        ProcessInstance pi = escalate("policy-c", EscalationTrigger.CUSTOMER);
        missResponseTime(pi);

        engine.getRuntimeService().createMessageCorrelation(Messages.WITHDRAWN).processInstanceId(pi.getId())
                .correlateWithResult();

        assertThat(pi).isEnded().hasPassed(Elements.WITHDRAWN);
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    /**
     * A process owner gives policy C's second level to the VP with 30 minutes and deploys the table
     * alone: the next escalation uses it, the running one keeps its level until it moves.
     */
    @Test
    void aChangedLadderTableDeployedOnItsOwnIsUsedByTheNextEscalation() throws IOException {
        ProcessInstance before = escalate("policy-c", EscalationTrigger.SLA_BREACH);
        String table;
        try (InputStream in = getClass().getResourceAsStream("/processes/escalation-levels.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = table.replace(
                "<text>\"manager of customer support\"</text></outputEntry>\n        <outputEntry id=\"Rule_level_05_out3\"><text>\"support-managers\"</text></outputEntry>\n        <outputEntry id=\"Rule_level_05_out4\"><text>false</text></outputEntry>\n        <outputEntry id=\"Rule_level_05_out5\"><text>\"4 business hours\"</text>",
                "<text>\"manager of customer support\"</text></outputEntry>\n        <outputEntry id=\"Rule_level_05_out3\"><text>\"vp-customer-experience\"</text></outputEntry>\n        <outputEntry id=\"Rule_level_05_out4\"><text>false</text></outputEntry>\n        <outputEntry id=\"Rule_level_05_out5\"><text>\"30 minutes\"</text>");
        assertThat(changed).isNotEqualTo(table);
        engine.getRepositoryService().createDeployment().name("escalation-levels").source("Camunda Modeler")
                .addString("escalation-levels.dmn", changed).deploy();

        ProcessInstance after = escalate("policy-c", EscalationTrigger.SLA_BREACH);

        assertThat(task(after)).hasCandidateGroup(StaffGroups.VP);
        assertThat(timerDue(after)).isEqualTo(at("2026-11-17T15:30:00Z"));
        assertThat(task(before)).hasCandidateGroup(StaffGroups.MANAGERS);
    }
}
