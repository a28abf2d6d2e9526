package io.casedesk.escalation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

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

import io.casedesk.escalation.EscalationPolicy;
import io.casedesk.escalation.EscalationProperties;
import io.casedesk.escalation.EscalationSteps;
import io.casedesk.escalation.process.EscalationProcess.Decisions;
import io.casedesk.escalation.process.EscalationProcess.Elements;
import io.casedesk.escalation.process.EscalationProcess.Messages;
import io.casedesk.escalation.process.EscalationProcess.Vars;
import io.casedesk.platform.identity.StaffGroups;

/**
 * The ladder on the engine clock, with the default policy set (policy C's calendar: Monday–Friday
 * 07:00–18:00 America/Chicago; analyst 2 business hours, manager 4, VP 1 working day, CEO 2).
 */
@Deployment(resources = { "processes/escalation.bpmn", "forms/form-escalation-level.form" })
class EscalationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("escalation.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    /** Tuesday 17 November 2026, 09:00 in Chicago. */
    static final Instant TUESDAY_0900_CHICAGO = Instant.parse("2026-11-17T15:00:00Z");
    static final long ESCALATION_ID = 7L;

    ProcessEngine engine;
    EscalationSteps steps;

    @BeforeEach
    void setUp(ProcessEngine engine) {
        this.engine = engine;
        BpmnAwareTests.init(engine);
        EngineClock.set(TUESDAY_0900_CHICAGO);
        usePolicy(new EscalationProperties(null, null, null, null, null, null));
    }

    @AfterEach
    void tearDown() {
        EngineClock.reset();
        Mocks.reset();
    }

    private void usePolicy(EscalationProperties properties) {
        EscalationPolicy policy = new EscalationPolicy(properties);
        steps = mock(EscalationSteps.class);
        Mocks.register("enterEscalationLevel", new EnterLevelDelegate(policy, steps, new EngineClock()));
        Mocks.register("moveEscalationUp", new MoveUpDelegate(policy));
        Mocks.register("recordMissedResponse", new RecordMissedResponseDelegate(steps));
        Mocks.register("recordEscalationDecision", new RecordDecisionDelegate(steps));
    }

    private ProcessInstance startAt(int level) {
        return engine.getRuntimeService().startProcessInstanceByKey(EscalationProcess.KEY, "42", Map.of(
                Vars.CASE_ID, 42L, Vars.CASE_NUMBER, "CASE-10042", Vars.CASE_OWNER, "analyst",
                Vars.ESCALATION_ID, ESCALATION_ID, Vars.LEVEL, level));
    }

    private Date timerDue(ProcessInstance pi) {
        return job(pi).getDuedate();
    }

    private java.util.List<String> candidateGroups(ProcessInstance pi) {
        return engine.getTaskService().getIdentityLinksForTask(task(pi).getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    @Test
    void customerEscalationGoesToTheAssignedAnalystWithTwoBusinessHours() {
        ProcessInstance pi = startAt(1);

        assertThat(pi).isWaitingAt(Elements.HANDLE);
        assertThat(task(pi)).isAssignedTo("analyst");
        assertThat(candidateGroups(pi)).containsExactly(StaffGroups.ANALYSTS);
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-17T17:00:00Z"));
        assertThat(task(pi).getDueDate()).isEqualTo(at("2026-11-17T17:00:00Z"));
        verify(steps).levelEntered(eq(ESCALATION_ID), eq(1), eq("assigned support analyst"), eq(StaffGroups.ANALYSTS),
                eq("analyst"), eq(TUESDAY_0900_CHICAGO), eq(Instant.parse("2026-11-17T17:00:00Z")));
    }

    @Test
    void anUnansweredLevelMovesUpWhenItsResponseTimeRunsOut() {
        ProcessInstance pi = startAt(1);

        EngineClock.set(Instant.parse("2026-11-17T16:59:00Z"));
        assertThat(engine.getManagementService().createJobQuery().executable().count()).isZero();

        EngineClock.set(Instant.parse("2026-11-17T17:00:00Z"));
        execute(job(pi));

        verify(steps).levelNotAnswered(ESCALATION_ID, 1);
        assertThat(pi).isWaitingAt(Elements.HANDLE).variables().containsEntry(Vars.LEVEL, 2);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.MANAGERS).isNotAssigned();
        // 11:00 in Chicago plus 4 business hours is 15:00 in Chicago, 21:00 UTC.
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-17T21:00:00Z"));
    }

    @Test
    void slaBreachStartsAtTheManagerAndRunsUpToTheCeoWhoStaysAtTheTop() {
        ProcessInstance pi = startAt(2);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.MANAGERS);

        EngineClock.set(Instant.parse("2026-11-17T19:00:00Z"));
        execute(job(pi));
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.VP);
        // 13:00 in Chicago plus 1 working day: Wednesday 13:00.
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-18T19:00:00Z"));

        EngineClock.set(Instant.parse("2026-11-18T19:00:00Z"));
        execute(job(pi));
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.CEO);
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-20T19:00:00Z"));

        EngineClock.set(Instant.parse("2026-11-20T19:00:00Z"));
        execute(job(pi));
        assertThat(pi).isWaitingAt(Elements.HANDLE).variables().containsEntry(Vars.LEVEL, 4);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.CEO);
        verify(steps).levelNotAnswered(ESCALATION_ID, 4);
    }

    @Test
    void deEscalationEndsTheLadderAndTakesThePlanOutOfTheInstance() {
        ProcessInstance pi = startAt(2);

        complete(task(pi), withVariables(Vars.ACKNOWLEDGED, true, Vars.PLAN, "Call the customer at 14:00",
                Vars.DECISION, Decisions.DE_ESCALATE));

        assertThat(pi).isEnded().hasPassed(Elements.DE_ESCALATED);
        verify(steps).levelDecided(ESCALATION_ID, 2, "casedesk", Decisions.DE_ESCALATE, "Call the customer at 14:00");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(Vars.PLAN).count()).isZero();
    }

    @Test
    void resolvingEndsTheLadder() {
        ProcessInstance pi = startAt(3);

        complete(task(pi), withVariables(Vars.ACKNOWLEDGED, true, Vars.PLAN, "Credit note issued",
                Vars.DECISION, Decisions.RESOLVE));

        assertThat(pi).isEnded().hasPassed(Elements.RESOLVED);
        verify(steps).levelDecided(ESCALATION_ID, 3, "casedesk", Decisions.RESOLVE, "Credit note issued");
    }

    @Test
    void theLevelCanEscalateFurtherWithAFreshFormAtTheNextLevel() {
        ProcessInstance pi = startAt(2);

        complete(task(pi), withVariables(Vars.ACKNOWLEDGED, true, Vars.PLAN, "Needs budget", Vars.DECISION,
                Decisions.ESCALATE));

        assertThat(pi).isWaitingAt(Elements.HANDLE);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.VP);
        assertThat(engine.getRuntimeService().getVariables(pi.getId()))
                .doesNotContainKeys(Vars.DECISION, Vars.ACKNOWLEDGED, Vars.PLAN);
        verify(steps).levelEntered(eq(ESCALATION_ID), eq(3), eq("VP of customer experience"), eq(StaffGroups.VP),
                isNull(), any(), any());
    }

    @Test
    void aSecondEscalationMovesTheRunningLadderUpInsteadOfStartingAnother() {
        ProcessInstance pi = startAt(1);
        EngineClock.set(Instant.parse("2026-11-17T15:30:00Z"));

        engine.getRuntimeService().createMessageCorrelation(Messages.RAISED).processInstanceId(pi.getId())
                .correlateWithResult();

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
                .count()).isEqualTo(1);
        assertThat(pi).isWaitingAt(Elements.HANDLE).hasPassed(Elements.RAISED).variables()
                .containsEntry(Vars.LEVEL, 2);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.MANAGERS);
        // Entered at 09:30 in Chicago: 4 business hours later is 13:30.
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-17T19:30:00Z"));
        verify(steps, never()).levelNotAnswered(any(Long.class), any(Integer.class));
    }

    @Test
    void aCaseWithoutOwnerGoesToTheAnalystsGroup() {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(EscalationProcess.KEY, "43",
                withVariables(Vars.CASE_ID, 43L, Vars.CASE_NUMBER, "CASE-10043", Vars.CASE_OWNER, null,
                        Vars.ESCALATION_ID, ESCALATION_ID, Vars.LEVEL, 1));

        assertThat(pi).isWaitingAt(Elements.HANDLE);
        assertThat(task(pi)).isNotAssigned().hasCandidateGroup(StaffGroups.ANALYSTS);
    }

    @Test
    void policyBRunsSupportManagerThenAccountManagerThenCeo() {
        usePolicy(new EscalationProperties(EscalationPolicy.POLICY_B, null, null, null, null, null));
        ProcessInstance pi = startAt(1);
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.MANAGERS).isNotAssigned();
        // Policy B (Florida): 09:00–17:00 New York. 10:00 New York + 4 business hours = 14:00 = 19:00 UTC.
        assertThat(timerDue(pi)).isEqualTo(at("2026-11-17T19:00:00Z"));

        EngineClock.set(Instant.parse("2026-11-17T19:00:00Z"));
        execute(job(pi));
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.ACCOUNT_MANAGERS);

        complete(task(pi), withVariables(Vars.ACKNOWLEDGED, true, Vars.PLAN, "Escalate to CEO", Vars.DECISION,
                Decisions.ESCALATE));
        assertThat(task(pi)).hasCandidateGroup(StaffGroups.CEO);
        verify(steps).levelDecided(eq(ESCALATION_ID), eq(2), anyString(), eq(Decisions.ESCALATE), anyString());
        assertThat(pi).isWaitingAt(Elements.HANDLE);
    }

    @Test
    void closingTheCaseWithdrawsTheEscalation() {
        ProcessInstance pi = startAt(3);

        engine.getRuntimeService().createMessageCorrelation(Messages.WITHDRAWN).processInstanceId(pi.getId())
                .correlateWithResult();

        assertThat(pi).isEnded().hasPassed(Elements.WITHDRAWN);
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }
}
