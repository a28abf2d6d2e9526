package io.casedesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.casedesk.cases.Actor;
import io.casedesk.cases.BusinessImpact;
import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseActions;
import io.casedesk.cases.CaseDraft;
import io.casedesk.cases.Channel;
import io.casedesk.cases.Environment;
import io.casedesk.cases.NewCase;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.escalation.process.EscalationProcess;

/**
 * The escalation API on a real context (in-memory H2, dev profile demo users): the refusals change
 * nothing, a second customer escalation raises the running ladder, and policy D's raise is recorded.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:escalation-api;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "camunda.bpm.job-execution.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("dev")
@RecordApplicationEvents
class EscalationApiTest {

    static final String DANA = "dana@acme.example";
    static final String SAM = "sam@globex.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseActions actions;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    EscalationEvents events;
    @Autowired
    EscalationNotices notices;
    @Autowired
    Escalations escalations;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApplicationEvents published;
    @Autowired
    EscalationService service;

    Case aCaseOf(String email, String priority) {
        var contact = customers.contactByEmail(email).orElseThrow();
        var draft = new CaseDraft("Reports are slow", "The monthly report takes ten minutes.", "Defect", priority,
                Environment.PRODUCTION, "Casedesk Demo Product", "7.4", null, BusinessImpact.NONE, Channel.API);
        return actions.open(new NewCase(draft, contact, null, null), Actor.customer(email, contact.name()));
    }

    Case aClosedCaseOf(String email) {
        Case supportCase = aCaseOf(email, "P3");
        var staff = new CaseAccess.Staff("analyst");
        actions.respond(supportCase.getNumber(), staff, null,
                new CaseActions.Triage(null, null, null, "analyst", "Looking into it"));
        actions.close(supportCase.getNumber(), staff, null, "NOT_A_DEFECT", "Works as designed");
        return supportCase;
    }

    MockHttpServletRequestBuilder customerEscalates(Case supportCase, String email, String body) {
        return post("/api/customer/cases/{number}/escalate", supportCase.getNumber())
                .with(httpBasic(email, "customer")).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    void assertNothingRecorded(Case supportCase) {
        assertThat(events.countByCaseId(supportCase.getId())).isZero();
        assertThat(notices.countByCaseId(supportCase.getId())).isZero();
        assertThat(escalations.findByCaseIdOrderByStartedAtAscIdAsc(supportCase.getId())).isEmpty();
        assertThat(runningLadders(supportCase)).isZero();
    }

    long runningLadders(Case supportCase) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
                .processInstanceBusinessKey(supportCase.getNumber()).count();
    }

    @Test
    void escalatingWithoutAReasonIsRefused() throws Exception {
        Case supportCase = aCaseOf(DANA, "P3");

        mvc.perform(customerEscalates(supportCase, DANA, "{\"comment\":\"Please hurry\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/cases/{number}/escalate", supportCase.getNumber()).with(httpBasic("analyst", "analyst"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        assertNothingRecorded(supportCase);
    }

    @Test
    void anUnknownReasonIsRefused() throws Exception {
        Case supportCase = aCaseOf(DANA, "P3");

        mvc.perform(customerEscalates(supportCase, DANA, "{\"reason\":\"BECAUSE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/unreadable-request"));

        assertNothingRecorded(supportCase);
    }

    @Test
    void escalatingSomeoneElsesCaseLooksLikeAnUnknownCase() throws Exception {
        Case danasCase = aCaseOf(DANA, "P3");

        mvc.perform(customerEscalates(danasCase, SAM, "{\"reason\":\"PROGRESS_STALLED\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/case-not-found"));
        mvc.perform(get("/api/customer/cases/{number}/escalation", danasCase.getNumber()).with(httpBasic(SAM, "customer")))
                .andExpect(status().isNotFound());

        assertNothingRecorded(danasCase);
    }

    @Test
    void escalatingAClosedCaseIsRefused() throws Exception {
        Case closed = aClosedCaseOf(DANA);

        mvc.perform(customerEscalates(closed, DANA, "{\"reason\":\"UNSATISFACTORY_REPLY\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/illegal-transition"));
        mvc.perform(post("/api/cases/{number}/escalate", closed.getNumber()).with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Customer called the CEO\"}"))
                .andExpect(status().isConflict());

        assertNothingRecorded(closed);
    }

    @Test
    void aCustomerEscalationStartsTheLadderAndASecondOneMovesItUp() throws Exception {
        Case supportCase = aCaseOf(DANA, "P2");

        mvc.perform(customerEscalates(supportCase, DANA, "{\"reason\":\"NOT_HANDLED_WITH_URGENCY\",\"comment\":\"Line down\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.escalated").value(true))
                .andExpect(jsonPath("$.summary").value(startsWith(
                        "Your case is being handled by our assigned support analyst since ")));
        mvc.perform(customerEscalates(supportCase, DANA, "{\"reason\":\"PROGRESS_STALLED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value(startsWith("Your case is being handled by our manager of customer support since ")))
                .andExpect(jsonPath("$.history[*].text").value(hasItem(
                        "You escalated the case again because progress has stalled.")));

        assertThat(runningLadders(supportCase)).isEqualTo(1);
        assertThat(escalations.findByCaseIdOrderByStartedAtAscIdAsc(supportCase.getId())).hasSize(1);
        mvc.perform(get("/api/cases/{number}/escalation", supportCase.getNumber()).with(httpBasic("analyst", "analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.level").value(2))
                .andExpect(jsonPath("$.current.group").value("support-managers"))
                .andExpect(jsonPath("$.history[0].kind").value("STARTED"))
                .andExpect(jsonPath("$.history[0].detail").value("Line down"))
                .andExpect(jsonPath("$.notices[*].recipient").value(hasItem("support-managers")))
                .andExpect(jsonPath("$.notices[*].recipient").value(hasItem(DANA)));
    }

    @Test
    void staffRaiseThePriorityAndTheRaiseIsRecordedAndPublished() throws Exception {
        Case supportCase = aCaseOf(DANA, "P3");

        mvc.perform(post("/api/cases/{number}/priority-raise", supportCase.getNumber()).with(httpBasic("analyst", "analyst"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"priority\":\"P1\",\"reason\":\"System-critical\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[0].kind").value("PRIORITY_RAISED"));

        assertThat(published.stream(PriorityRaised.class))
                .anyMatch(e -> e.caseId() == supportCase.getId() && e.fromPriority().equals("P3")
                        && e.toPriority().equals("P1"));
        mvc.perform(get("/api/cases/{number}", supportCase.getNumber()).with(httpBasic("analyst", "analyst")))
                .andExpect(jsonPath("$.priority").value("P1"));
    }

    @Test
    void loweringThePriorityIsNotARaise() throws Exception {
        Case supportCase = aCaseOf(DANA, "P2");

        mvc.perform(post("/api/cases/{number}/priority-raise", supportCase.getNumber()).with(httpBasic("analyst", "analyst"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"priority\":\"P4\",\"reason\":\"Less urgent\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("priority"));

        assertNothingRecorded(supportCase);
        assertThat(published.stream(PriorityRaised.class)).isEmpty();
    }

    @Test
    void anSlaBreachStartsAtTheManagerAndASecondBreachMovesTheSameLadderUp() {
        Case supportCase = aCaseOf(DANA, "P2");

        service.slaBreached(supportCase.getId(), "first-response", java.time.Instant.now());
        assertThat(escalations.findByOpenCaseId(supportCase.getId())).get()
                .satisfies(e -> assertThat(e.getLevelGroup()).isEqualTo("support-managers"));

        service.slaBreached(supportCase.getId(), "resolution", java.time.Instant.now());
        assertThat(escalations.findByOpenCaseId(supportCase.getId())).get()
                .satisfies(e -> assertThat(e.getLevelGroup()).isEqualTo("vp-customer-experience"));
        assertThat(runningLadders(supportCase)).isEqualTo(1);
    }

    @Test
    void aBreachOnAClosedCaseChangesNothing() {
        Case closed = aClosedCaseOf(DANA);

        service.slaBreached(closed.getId(), "resolution", java.time.Instant.now());

        assertNothingRecorded(closed);
    }

    @Test
    void aWatchRuleFiresOncePerCase() {
        Case supportCase = aCaseOf(DANA, "P1");

        assertThat(service.ruleFired(supportCase.getId(), EscalationTrigger.P1_NOT_CLOSED, "4 hours")).isTrue();
        assertThat(service.ruleFired(supportCase.getId(), EscalationTrigger.P1_NOT_CLOSED, "4 hours")).isFalse();

        assertThat(escalations.findByOpenCaseId(supportCase.getId())).get()
                .satisfies(e -> assertThat(e.getLevel()).isEqualTo(2));
    }

    @Test
    void anSlaWarningOnlyTellsTheOwner() throws Exception {
        Case supportCase = aCaseOf(DANA, "P3");
        actions.respond(supportCase.getNumber(), new CaseAccess.Staff("analyst"), null,
                new CaseActions.Triage(null, null, null, "analyst2", "On it"));

        service.slaWarning(supportCase.getId(), "resolution", java.time.Instant.now().plusSeconds(3600));

        assertThat(runningLadders(supportCase)).isZero();
        mvc.perform(get("/api/cases/{number}/escalation", supportCase.getNumber()).with(httpBasic("analyst", "analyst")))
                .andExpect(jsonPath("$.escalated").value(false))
                .andExpect(jsonPath("$.history[0].kind").value("SLA_WARNING"))
                .andExpect(jsonPath("$.notices.length()").value(1))
                .andExpect(jsonPath("$.notices[0].recipientKind").value("USER"))
                .andExpect(jsonPath("$.notices[0].recipient").value("analyst2"));
    }

    @Test
    void closingAnEscalatedCaseEndsItsLadder() throws Exception {
        Case supportCase = aCaseOf(DANA, "P3");
        var staff = new CaseAccess.Staff("analyst");
        actions.respond(supportCase.getNumber(), staff, null, new CaseActions.Triage(null, null, null, "analyst", "On it"));
        service.escalateByStaff(supportCase.getNumber(), staff, "Customer is upset");
        assertThat(service.caseClosed(supportCase.getId())).as("not closed yet").isFalse();

        actions.close(supportCase.getNumber(), staff, null, "DUPLICATE", "Duplicate of another case");

        // The closure ended it at once; the watch's sweep then finds nothing left to end.
        assertThat(runningLadders(supportCase)).isZero();
        assertThat(service.caseClosed(supportCase.getId())).isFalse();
        mvc.perform(get("/api/customer/cases/{number}/escalation", supportCase.getNumber()).with(httpBasic(DANA, "customer")))
                .andExpect(jsonPath("$.escalated").value(false))
                .andExpect(jsonPath("$.summary").value(org.hamcrest.Matchers.containsString(
                        "the escalation ended when the case was closed")));
    }
}
