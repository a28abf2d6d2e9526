package io.casedesk.complaints.process;

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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
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

import io.casedesk.complaints.ComplaintSteps;
import io.casedesk.complaints.process.ComplaintProcess.Elements;
import io.casedesk.complaints.process.ComplaintProcess.Vars;
import io.casedesk.escalation.process.EngineClock;
import io.casedesk.platform.identity.StaffGroups;

/** Policy E's complaints process on the engine clock; the steps' date arithmetic is ComplaintStepsTest's. */
@Deployment(resources = { "processes/complaint.bpmn", "forms/form-acknowledge-complaint.form",
        "forms/form-review-complaint.form", "forms/form-complaint-update.form", "forms/form-arbitrate-complaint.form" })
class ComplaintProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("escalation.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    /** Monday 16 November 2026, 10:00 UTC; two working days later is Wednesday. */
    static final Instant FILED = Instant.parse("2026-11-16T10:00:00Z");
    static final Instant ACKNOWLEDGEMENT_DUE = Instant.parse("2026-11-18T10:00:00Z");
    static final long ID = 5L;
    static final String SUBJECT = "Rude <b>answer</b> on the phone";

    ProcessEngine engine;
    ComplaintSteps steps;

    @BeforeEach
    void setUp(ProcessEngine engine) {
        this.engine = engine;
        BpmnAwareTests.init(engine);
        EngineClock.set(FILED);
        steps = mock(ComplaintSteps.class);
        when(steps.planAcknowledgement(ID)).thenReturn(ACKNOWLEDGEMENT_DUE);
        when(steps.acknowledged(eq(ID), any())).thenAnswer(call -> EngineClock.now().plus(Duration.ofDays(7)));
        when(steps.customerUpdated(eq(ID), any(), any()))
                .thenAnswer(call -> ((Instant) call.getArgument(2)).plus(Duration.ofDays(7)));
        Mocks.register("planComplaintAcknowledgement", new PlanAcknowledgementDelegate(steps));
        Mocks.register("remindComplaintAcknowledgement", new RemindAcknowledgementDelegate(steps));
        Mocks.register("recordComplaintAcknowledgement", new RecordAcknowledgementDelegate(steps));
        Mocks.register("recordComplaintUpdate", new RecordCustomerUpdateDelegate(steps));
        Mocks.register("sendComplaintOutcome", new SendOutcomeDelegate(steps));
        Mocks.register("sendComplaintArbitration", new SendArbitrationDelegate(steps));
        when(steps.summary(ID)).thenReturn(new io.casedesk.complaints.ComplaintTaskSummary(ID, "COMPLAINT-5", "complaint",
                SUBJECT, "The agent hung up on me.", "dana@acme.example", "Acme (tier: premium)", "CASE-10007"));
        Mocks.register("complaintTaskView", new ComplaintTaskView(steps));
    }

    @AfterEach
    void tearDown() {
        EngineClock.reset();
        Mocks.reset();
    }

    private ProcessInstance file(String kind) {
        return engine.getRuntimeService().startProcessInstanceByKey(ComplaintProcess.KEY, ComplaintProcess.businessKey(ID),
                withVariables(Vars.COMPLAINT_ID, ID, Vars.KIND, kind));
    }

    private List<String> candidateGroups(ProcessInstance pi) {
        return engine.getTaskService().getIdentityLinksForTask(task(pi).getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
    }

    private void acknowledge(ProcessInstance pi) {
        complete(task(Elements.ACKNOWLEDGE, pi), withVariables(Vars.ACKNOWLEDGEMENT, "We are on it."));
    }

    /**
     * Each task is named after the complaint, shows it read-only, and is due: the acknowledgement in
     * two working days, the review and a customer update by the weekly update, the CEO's arbitration
     * by the customer's next weekly update.
     */
    @Test
    void everyComplaintTaskIsNamedAfterTheComplaintShowsItAndIsDue() {
        ProcessInstance pi = file("COMPLAINT");
        var acknowledgement = task(Elements.ACKNOWLEDGE, pi);
        assertThat(acknowledgement.getName()).isEqualTo("Acknowledge to the customer COMPLAINT-5: " + SUBJECT);
        assertThat(acknowledgement.getDueDate()).isEqualTo(Date.from(ACKNOWLEDGEMENT_DUE));
        assertThat(engine.getTaskService().getVariablesLocal(acknowledgement.getId()))
                .containsEntry(Vars.COMPLAINT_SUBJECT, SUBJECT).containsEntry(Vars.COMPLAINT_NUMBER, "COMPLAINT-5")
                .containsEntry(Vars.RELATED_CASE_NUMBER, "CASE-10007")
                .containsEntry(Vars.COMPLAINT_ORGANISATION, "Acme (tier: premium)");
        assertThat(pi).hasBusinessKey("COMPLAINT-5");

        acknowledge(pi);
        Instant firstUpdate = FILED.plus(Duration.ofDays(7));
        assertThat(task(Elements.REVIEW, pi).getDueDate()).isEqualTo(Date.from(firstUpdate));

        EngineClock.set(firstUpdate);
        execute(job(Elements.REVIEW_UPDATE_DUE, pi));
        assertThat(task(Elements.UPDATE_CUSTOMER, pi).getDueDate()).isEqualTo(Date.from(firstUpdate));
        complete(task(Elements.UPDATE_CUSTOMER, pi), withVariables(Vars.UPDATE_MESSAGE, "Still reviewing"));

        complete(task(Elements.REVIEW, pi), withVariables(Vars.OUTCOME, "Partly our fault", Vars.RESOLVED, false));
        assertThat(task(Elements.ARBITRATE, pi).getName()).startsWith("Arbitrate what stays unresolved COMPLAINT-5");
        assertThat(task(Elements.ARBITRATE, pi).getDueDate()).isEqualTo(Date.from(firstUpdate.plus(Duration.ofDays(7))));
    }

    /** A complaint process started by an earlier release, keyed by the complaint id, gets its number once. */
    @Test
    void aComplaintKeyedByItsIdIsRenamedToItsNumberOnce() {
        ProcessInstance old = engine.getRuntimeService().startProcessInstanceByKey(ComplaintProcess.KEY, String.valueOf(ID),
                withVariables(Vars.COMPLAINT_ID, ID, Vars.KIND, "FEEDBACK"));
        var legacy = new LegacyComplaintKeys(engine);

        assertThat(legacy.renameAll()).isEqualTo(1);
        assertThat(old).hasBusinessKey("COMPLAINT-5");
        assertThat(legacy.renameAll()).isZero();
        acknowledge(old);
        assertThat(old).isEnded();
    }

    @Test
    void feedbackIsAcknowledgedBySupportManagersWithinTwoWorkingDays() {
        ProcessInstance pi = file("FEEDBACK");

        assertThat(pi).isWaitingAt(Elements.ACKNOWLEDGE);
        assertThat(candidateGroups(pi)).containsExactly(StaffGroups.MANAGERS);
        assertThat(job(Elements.ACKNOWLEDGEMENT_DUE, pi).getDuedate()).isEqualTo(Date.from(ACKNOWLEDGEMENT_DUE));

        acknowledge(pi);

        assertThat(pi).isEnded().hasPassed(Elements.FEEDBACK_ACKNOWLEDGED);
        verify(steps).acknowledged(ID, "We are on it.");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void anOverdueAcknowledgementRemindsTheManagersAndTheTaskStays() {
        ProcessInstance pi = file("FEEDBACK");

        EngineClock.set(ACKNOWLEDGEMENT_DUE);
        execute(job(Elements.ACKNOWLEDGEMENT_DUE, pi));

        verify(steps).acknowledgementOverdue(ID);
        assertThat(pi).isWaitingAt(Elements.ACKNOWLEDGE);
    }

    @Test
    void aComplaintResolvedByTheVpWithinAWeekNeedsNoUpdate() {
        ProcessInstance pi = file("COMPLAINT");
        acknowledge(pi);

        assertThat(pi).isWaitingAt(Elements.REVIEW, Elements.REVIEW_UPDATE_DUE);
        assertThat(candidateGroups(pi)).containsExactly(StaffGroups.VP);
        assertThat(job(Elements.REVIEW_UPDATE_DUE, pi).getDuedate()).isEqualTo(Date.from(FILED.plus(Duration.ofDays(7))));

        complete(task(Elements.REVIEW, pi), withVariables(Vars.OUTCOME, "Refund issued", Vars.RESOLVED, true));

        assertThat(pi).isEnded().hasPassed(Elements.RESOLVED);
        verify(steps).outcomeDecided(ID, true, "Refund issued");
        verify(steps, never()).customerUpdated(any(Long.class), any(), any());
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    @Test
    void aLongReviewUpdatesTheCustomerEveryWeekAndTheCeoArbitratesWhatStaysUnresolved() {
        ProcessInstance pi = file("COMPLAINT");
        acknowledge(pi);

        EngineClock.set(FILED.plus(Duration.ofDays(7)));
        execute(job(Elements.REVIEW_UPDATE_DUE, pi));
        assertThat(pi).isWaitingAt(Elements.REVIEW, Elements.UPDATE_CUSTOMER);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task(Elements.UPDATE_CUSTOMER, pi).getId()))
                .anyMatch(link -> StaffGroups.MANAGERS.equals(link.getGroupId()));
        complete(task(Elements.UPDATE_CUSTOMER, pi), withVariables(Vars.UPDATE_MESSAGE, "Still reviewing"));
        assertThat(job(Elements.REVIEW_UPDATE_DUE, pi).getDuedate()).isEqualTo(Date.from(FILED.plus(Duration.ofDays(14))));

        EngineClock.set(FILED.plus(Duration.ofDays(14)));
        execute(job(Elements.REVIEW_UPDATE_DUE, pi));
        verify(steps, times(1)).customerUpdated(eq(ID), eq("Still reviewing"), any());

        complete(task(Elements.REVIEW, pi), withVariables(Vars.OUTCOME, "Partly our fault", Vars.RESOLVED, false));

        assertThat(pi).isWaitingAt(Elements.ARBITRATE);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(Elements.UPDATE_CUSTOMER).count()).isZero();
        assertThat(candidateGroups(pi)).containsExactly(StaffGroups.CEO);
        verify(steps).outcomeDecided(ID, false, "Partly our fault");

        complete(task(Elements.ARBITRATE, pi), withVariables(Vars.ARBITRATION, "Full refund and a free year"));

        assertThat(pi).isEnded().hasPassed(Elements.ARBITRATED);
        verify(steps).arbitrated(eq(ID), anyString());
    }
}
