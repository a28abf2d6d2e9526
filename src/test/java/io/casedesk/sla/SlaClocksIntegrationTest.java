package io.casedesk.sla;

import io.casedesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.cases.Actor;
import io.casedesk.cases.BusinessImpact;
import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseActions;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.CaseDraft;
import io.casedesk.cases.Channel;
import io.casedesk.cases.Environment;
import io.casedesk.cases.NewCase;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.sla.calendar.ExampleCalendars;
import io.casedesk.sla.calendar.SlaDuration;
import io.casedesk.sla.process.SlaLifecycle;

/**
 * A live case under the development profile's policy C: its clocks are stored with the case, the
 * lifecycle's timer waits for the next deadline, and staff and the customer see the due times.
 */
class SlaClocksIntegrationTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseActions actions;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    SlaClocks clocks;
    @Autowired
    Clock clock;
    @Autowired
    CaseService cases;

    /** Policy C: P1 is answered within 2 business hours on the 24x7 emergency calendar, P3 within 2 business days. */
    @Test
    void raisingThePriorityReEvaluatesTheTargetsAndMovesTheTimer() throws Exception {
        var created = post("/api/customer/cases", "dana@acme.example", "customer", java.util.Map.of(
                "subject", "Orders stuck since this morning", "description", "Order import stopped",
                "category", "Defect", "priority", "P3", "environment", "PRODUCTION"));
        String number = created.json().get("number").asText();
        Case opened = cases.get(number, new io.casedesk.cases.CaseAccess.Staff("analyst"));
        Instant p3Due = SlaDuration.parse("2 business days").dueFrom(ExampleCalendars.policyC(), opened.getReceivedAt());
        assertThat(clocks.dueByTarget(opened.getId())).containsEntry(SlaTarget.FIRST_RESPONSE, p3Due);

        var raised = put("/api/cases/" + number + "/priority", "manager", "manager",
                java.util.Map.of("priority", "P1", "reason", "All order intake stopped in production"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);

        Instant p1Due = opened.getReceivedAt().plus(java.time.Duration.ofHours(2));
        assertThat(clocks.dueByTarget(opened.getId())).containsEntry(SlaTarget.FIRST_RESPONSE, p1Due);
        // Date variables keep milliseconds; job due dates keep seconds on MariaDB (datetime without fractions).
        assertThat(((Date) runtime.getVariable(opened.getProcessInstanceId(), "firstResponseDue")).toInstant())
                .isEqualTo(p1Due.truncatedTo(ChronoUnit.MILLIS));
        var timer = management.createJobQuery().processInstanceId(opened.getProcessInstanceId())
                .activityId(SlaLifecycle.DEADLINE_TIMERS.get(runtime.getVariable(opened.getProcessInstanceId(),
                        SlaLifecycle.Vars.NEXT_SLA_KIND).toString())).singleResult();
        assertThat(timer.getDuedate().toInstant())
                .isCloseTo(clocks.nextDeadline(opened.getId()), org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS))
                .isBefore(p1Due);
        assertThat(clocks.events(opened.getId())).extracting(SlaEvent::getKind).contains(SlaEventKind.RETARGETED);
    }

    @Autowired
    SlaCaseSource slaCases;

    @Test
    void staffPublishAWorkOrderDateThatTheCaseAndItsClocksCarry() throws Exception {
        var created = post("/api/customer/cases", "dana@acme.example", "customer", java.util.Map.of(
                "subject", "Export to CSV", "description", "Please add a CSV export of the case list",
                "category", "Enhancement request", "priority", "P4", "environment", "PRODUCTION"));
        String number = created.json().get("number").asText();
        Case opened = cases.get(number, new CaseAccess.Staff("analyst"));

        var missing = put("/api/cases/" + number + "/work-order-date", "analyst", "analyst", java.util.Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").toString()).contains("workOrderDate");
        var notADate = put("/api/cases/" + number + "/work-order-date", "analyst", "analyst",
                java.util.Map.of("workOrderDate", "31/12/2026"));
        assertThat(notADate.status()).isEqualTo(400);
        var byCustomer = put("/api/cases/" + number + "/work-order-date", "dana@acme.example", "customer",
                java.util.Map.of("workOrderDate", "2026-12-31"));
        assertThat(byCustomer.status()).isIn(401, 403);
        assertThat(cases.get(number, new CaseAccess.Staff("analyst")).getWorkOrderDate()).isNull();

        var published = put("/api/cases/" + number + "/work-order-date", "analyst", "analyst",
                java.util.Map.of("workOrderDate", "2026-12-31"));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("workOrderDate").asText()).isEqualTo("2026-12-31");
        assertThat(get("/api/customer/cases/" + number, "dana@acme.example", "customer").json()
                .get("workOrderDate").asText()).isEqualTo("2026-12-31");
        assertThat(slaCases.get(opened.getId()).workOrderDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        // Policy C counts no target to a Work Order date: the clocks are re-evaluated and stay as they were.
        assertThat(clocks.events(opened.getId())).extracting(SlaEvent::getKind).doesNotContain(SlaEventKind.RETARGETED);
    }

    @Test
    void aNewCaseGetsItsPolicyTargetsAsClocksAndTheTimerWaitsForTheFirstDeadline() throws Exception {
        var dana = customers.contactByEmail("dana@acme.example").orElseThrow();
        Instant received = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Case opened = transactions.execute(status -> actions.open(new NewCase(new CaseDraft("Reports are slow",
                "The monthly report takes ten minutes.", "Defect", "P2", Environment.PRODUCTION, "Casedesk Demo Product",
                "7.4", null, BusinessImpact.NONE, Channel.PORTAL), dana, null, received),
                Actor.customer(dana.email(), dana.name())));

        // policy C "P2 < 8 business hours", Mon–Fri 07:00–18:00 Chicago
        Instant expectedDue = SlaDuration.parse("8 business hours").dueFrom(ExampleCalendars.policyC(), opened.getReceivedAt());
        assertThat(clocks.dueByTarget(opened.getId())).containsEntry(SlaTarget.FIRST_RESPONSE, expectedDue);
        assertThat(runtime.getVariable(opened.getProcessInstanceId(), "firstResponseDue")).isEqualTo(Date.from(expectedDue));
        var timer = management.createJobQuery().processInstanceId(opened.getProcessInstanceId())
                .activityId(SlaLifecycle.DEADLINE_TIMERS.get(runtime.getVariable(opened.getProcessInstanceId(),
                        SlaLifecycle.Vars.NEXT_SLA_KIND).toString())).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(clocks.nextDeadline(opened.getId()));
        assertThat(clocks.events(opened.getId())).extracting(SlaEvent::getKind).containsExactly(SlaEventKind.STARTED);

        mvc.perform(MockMvcRequestBuilders.get("/api/cases/{number}/sla", opened.getNumber()).with(httpBasic("analyst", "analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clocks[0].target").value("first-response"))
                .andExpect(jsonPath("$.clocks[0].state").value("RUNNING"))
                .andExpect(jsonPath("$.clocks[0].calendar").value("Policy C business hours"))
                .andExpect(jsonPath("$.clocks[0].dueAt").value(expectedDue.toString()))
                .andExpect(jsonPath("$.events[0].kind").value("STARTED"));
        mvc.perform(MockMvcRequestBuilders.get("/api/customer/cases/{number}/sla", opened.getNumber()).with(httpBasic("dana@acme.example", "customer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[0].target").value("first-response"))
                .andExpect(jsonPath("$.targets[0].dueAt").value(expectedDue.toString()))
                .andExpect(jsonPath("$.targets[0].remainingBusinessTime").value(org.hamcrest.Matchers.startsWith("PT")));
        // another organisation's contact does not learn the case exists
        mvc.perform(MockMvcRequestBuilders.get("/api/customer/cases/{number}/sla", opened.getNumber()).with(httpBasic("sam@globex.example", "customer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void replaysARespondedCaseAgainstAnotherPolicySet() throws Exception {
        var dana = customers.contactByEmail("dana@acme.example").orElseThrow();
        Case opened = transactions.execute(status -> actions.open(new NewCase(new CaseDraft("Export button missing",
                "Section 4.2 shows an export button I do not have.", "Question", "P3", Environment.TEST,
                "Casedesk Demo Product", "7.4", null, BusinessImpact.NONE, Channel.PORTAL), dana, null,
                clock.instant().truncatedTo(ChronoUnit.MILLIS)), Actor.customer(dana.email(), dana.name())));
        transactions.executeWithoutResult(status -> actions.respond(opened.getNumber(), new CaseAccess.Staff("analyst"),
                null, new CaseActions.Triage(null, null, null, "analyst", "We are looking at your account.")));

        // answered at once: under policy D (P3 is Low there) the first response is met, the resolution still runs
        mvc.perform(MockMvcRequestBuilders.post("/api/sla/replay").with(httpBasic("analyst", "analyst")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseNumber\":\"%s\",\"policySet\":\"policy-d\"}".formatted(opened.getNumber())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priority").value("Low"))
                .andExpect(jsonPath("$.targets[0].target").value("first-response"))
                .andExpect(jsonPath("$.targets[0].outcome").value("MET"))
                .andExpect(jsonPath("$.targets[1].target").value("resolution"))
                .andExpect(jsonPath("$.targets[1].outcome").value("RUNNING"));
        assertThat(clocks.clocks(opened.getId())).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo("MET"));
    }

    @Test
    void aProductionOutageRunsAsP1OnTheEmergencyCalendar() throws Exception {
        var dana = customers.contactByEmail("dana@acme.example").orElseThrow();
        Case opened = transactions.execute(status -> actions.open(new NewCase(new CaseDraft("Site down",
                "Nobody can log in.", "Outage", "P3", Environment.PRODUCTION, "Casedesk Demo Product", "7.4", null,
                BusinessImpact.NONE, Channel.PORTAL), dana, null, clock.instant().truncatedTo(ChronoUnit.MILLIS)),
                Actor.customer(dana.email(), dana.name())));

        // policy C "any production outage is P1"; "P1 < 2 business hours", on call 24x7 for emergencies
        Instant expectedDue = SlaDuration.parse("2 business hours").dueFrom(ExampleCalendars.policyCEmergency(),
                opened.getReceivedAt());
        assertThat(clocks.dueByTarget(opened.getId())).containsEntry(SlaTarget.FIRST_RESPONSE, expectedDue);
        assertThat(runtime.getVariable(opened.getProcessInstanceId(), "priority")).isEqualTo("P1");
        Case reloaded = cases.get(opened.getNumber(), new CaseAccess.Staff("analyst"));
        assertThat(reloaded.getPriority()).isEqualTo("P1");
        assertThat(reloaded.getPriorityHistory()).singleElement()
                .satisfies(change -> assertThat(change.getReason()).contains("production outage is P1"));
        // the requester is told why
        mvc.perform(MockMvcRequestBuilders.get("/api/customer/cases/{number}/sla", opened.getNumber()).with(httpBasic("dana@acme.example", "customer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priority").value("P1"))
                .andExpect(jsonPath("$.priorityNote").value("Any production outage is P1 (policy C)."));
    }
}
