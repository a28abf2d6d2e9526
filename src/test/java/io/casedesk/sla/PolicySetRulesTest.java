package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of every example policy (POLICIES.md), in the policy's words, through the deployed
 * priority and sla-targets tables and the clock arithmetic: the due time a case received at that
 * instant gets. 2026: June Mon 1 … Sat 6, Mon 8; Thanksgiving Thu 26 Nov; Christmas Fri 25 Dec,
 * England's Boxing Day substitute Mon 28 Dec.
 */
@Deployment(resources = { "processes/sla-targets.dmn", "processes/priority.dmn" })
class PolicySetRulesTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("sla-camunda.cfg.xml").build();

    ProcessEngine processEngine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" — {3} {4} received {7}: {8} due {9}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            policy-a | P1 30 minutes (core hours)                                  | standard | P1 | PRODUCTION | Defect   | America/New_York    | 2026-06-01T18:50-04:00 | first-response  | 2026-06-02T09:20-04:00
            policy-a | P2 1 working hour                                           | standard | P2 | PRODUCTION | Defect   | America/New_York    | 2026-06-05T18:30-04:00 | first-response  | 2026-06-08T09:30-04:00
            policy-a | P3 1 working day                                            | standard | P3 | TEST       | Defect   | America/New_York    | 2026-11-25T11:00-05:00 | first-response  | 2026-11-27T11:00-05:00
            policy-a | P4 and P5 1 working day                                     | standard | P4 | TEST       | Question | America/New_York    | 2026-06-02T10:00-04:00 | first-response  | 2026-06-03T10:00-04:00
            policy-a | within the first day of core hours when received outside   | standard | P5 | TEST       | Question | America/New_York    | 2026-06-06T10:00-04:00 | first-response  | 2026-06-08T19:00-04:00
            policy-a | within the first day of core hours when received outside   | premium  | P4 | TEST       | Question | America/New_York    | 2026-06-02T20:00-04:00 | first-response  | 2026-06-03T19:00-04:00
            policy-a | Every request answered within 60 minutes in core hours      | standard | P3 | TEST       | Defect   | America/New_York    | 2026-06-02T18:30-04:00 | acknowledgement | 2026-06-03T09:30-04:00
            policy-a | while P1 is open a progress bulletin every hour in core hours | standard | P1 | PRODUCTION | Outage | America/New_York    | 2026-06-01T18:30-04:00 | update-interval | 2026-06-02T09:30-04:00
            policy-a | P1 6 hours (system operational)                             | standard | P1 | PRODUCTION | Outage   | America/New_York    | 2026-06-01T10:00-04:00 | resolution      | 2026-06-01T16:00-04:00
            policy-a | P2 1 week                                                   | standard | P2 | PRODUCTION | Defect   | America/New_York    | 2026-06-02T10:00-04:00 | resolution      | 2026-06-09T10:00-04:00
            policy-a | P3 1 month                                                  | standard | P3 | PRODUCTION | Defect   | America/New_York    | 2026-06-02T10:00-04:00 | resolution      | 2026-07-02T10:00-04:00
            policy-a | P4 1 month                                                  | standard | P4 | PRODUCTION | Question | America/New_York    | 2026-01-31T10:00-05:00 | resolution      | 2026-02-28T10:00-05:00
            policy-b | Reply within one business day (Florida serves the Americas) | standard | Normal | PRODUCTION | Question | America/Chicago | 2026-12-24T15:00-05:00 | first-response  | 2026-12-28T15:00-05:00
            policy-b | Reply within one business day (United Kingdom office)       | standard | Normal | PRODUCTION | Question | Europe/London   | 2026-12-24T15:00Z      | first-response  | 2026-12-29T15:00Z
            policy-b | Reply within one business day (France serves the continent) | emergency-phone | Critical | PRODUCTION | Defect | Europe/Berlin | 2026-12-24T15:00+01:00 | first-response | 2026-12-28T15:00+01:00
            policy-b | a patch within 24 hours for critical bugs (any office, around the clock) | standard | Critical | PRODUCTION | Defect | Europe/London | 2026-12-24T15:00Z | resolution | 2026-12-25T15:00Z
            policy-c | P1 < 2 business hours; emergency on-call 24x7               | standard | P1 | PRODUCTION | Defect   | America/Chicago     | 2026-06-06T23:00-05:00 | first-response  | 2026-06-07T01:00-05:00
            policy-c | P2 < 8 business hours                                       | standard | P2 | PRODUCTION | Defect   | America/Chicago     | 2026-06-02T14:00-05:00 | first-response  | 2026-06-03T11:00-05:00
            policy-c | P3 < 2 business days, holidays excluded                     | premium  | P3 | TEST       | Defect   | America/Chicago     | 2026-11-25T10:00-06:00 | first-response  | 2026-11-30T10:00-06:00
            policy-c | P4 < 3 business days                                        | standard | P4 | TEST       | Question | America/Chicago     | 2026-07-02T12:00-05:00 | first-response  | 2026-07-08T12:00-05:00
            policy-c | a non-production case can never be P1 (handled as P2)       | standard | P1 | TEST       | Defect   | America/Chicago     | 2026-06-05T17:30-05:00 | first-response  | 2026-06-08T14:30-05:00
            policy-c | any production outage is P1                                 | standard | P3 | PRODUCTION | Outage   | America/Chicago     | 2026-06-06T23:00-05:00 | first-response  | 2026-06-07T01:00-05:00
            policy-d | High response 1 business day                                | standard | High   | PRODUCTION | Defect | America/New_York | 2026-06-01T11:00-04:00 | first-response  | 2026-06-02T11:00-04:00
            policy-d | High resolution 5 business days                             | standard | High   | PRODUCTION | Defect | America/New_York | 2026-06-01T11:00-04:00 | resolution      | 2026-06-08T11:00-04:00
            policy-d | Medium response 2 business days                             | standard | Medium | PRODUCTION | Defect | America/New_York | 2026-06-05T16:00-04:00 | first-response  | 2026-06-09T16:00-04:00
            policy-d | Medium resolution 10 business days                          | standard | Medium | PRODUCTION | Defect | America/New_York | 2026-06-05T16:00-04:00 | resolution      | 2026-06-19T16:00-04:00
            policy-d | Low response 3 business days                                | standard | Low    | PRODUCTION | Defect | America/New_York | 2026-06-06T12:00-04:00 | first-response  | 2026-06-10T17:00-04:00
            policy-d | Low resolution 15 business days                             | standard | Low    | PRODUCTION | Defect | America/New_York | 2026-06-06T12:00-04:00 | resolution      | 2026-06-26T17:00-04:00
            policy-e | Sev 1 < 1 hour within support hours (base tier Mon-Fri GMT-5) | standard | Sev1 | PRODUCTION | Defect | America/Bogota  | 2026-06-05T16:30-05:00 | acknowledgement | 2026-06-08T09:30-05:00
            policy-e | Sev 1 < 1 hour (upper tiers 24x7x365)                       | premium    | Sev1 | PRODUCTION | Defect | America/Bogota  | 2026-06-06T10:00-05:00 | acknowledgement | 2026-06-06T11:00-05:00
            policy-e | Sev 2 < 4 hours (base tier)                                 | standard   | Sev2 | PRODUCTION | Defect | America/Bogota  | 2026-06-01T15:00-05:00 | acknowledgement | 2026-06-02T11:00-05:00
            policy-e | Sev 2 < 4 hours (upper tiers)                               | enterprise | Sev2 | PRODUCTION | Defect | America/Bogota  | 2026-06-01T22:00-05:00 | acknowledgement | 2026-06-02T02:00-05:00
            policy-e | Sev 3 < 8 hours (base tier)                                 | standard   | Sev3 | TEST       | Defect | America/Bogota  | 2026-06-01T13:00-05:00 | acknowledgement | 2026-06-02T13:00-05:00
            policy-e | Sev 3 < 8 hours (upper tiers)                               | enterprise | Sev3 | TEST       | Defect | America/Bogota  | 2026-06-06T20:00-05:00 | acknowledgement | 2026-06-07T04:00-05:00
            """)
    void eachRuleGivesTheDueTimeThePolicyPromises(String policySet, String rule, String tier, String priority,
            String environment, String category, String zone, String received, String target, String expectedDue) {
        var answer = preview(policySet).preview(new SlaPreview.Question(policySet, tier, priority, environment, category,
                zone, at(received), List.of(), null));

        assertThat(answer.targets()).filteredOn(t -> t.target().equals(target)).singleElement()
                .satisfies(t -> assertThat(t.dueAt()).as(rule).isEqualTo(at(expectedDue)));
    }

    @Test
    void policyCTellsWhyANonProductionP1IsNotP1() {
        var answer = preview(PolicySets.C).preview(new SlaPreview.Question(PolicySets.C, null, "P1", "TEST", "Defect",
                null, at("2026-06-02T10:00-05:00"), List.of(), null));
        assertThat(answer.priority()).isEqualTo("P2");
        assertThat(answer.priorityReason()).isEqualTo("A non-production case can never be P1 (policy C); it is handled as P2.");
        assertThat(answer.targets()).extracting(SlaPreview.TargetDue::calendar).containsExactly("Policy C business hours");
    }

    @Test
    void policyBPromisesAPatchOnlyForCriticalBugs() {
        // "bug raised with an indication of resolution (a patch within 24 hours for critical bugs)"
        Instant received = at("2026-06-05T16:00-04:00");
        for (var notCriticalBug : List.of(List.of("Critical", "Question"), List.of("Normal", "Defect"))) {
            var answer = preview(PolicySets.B).preview(new SlaPreview.Question(PolicySets.B, null, notCriticalBug.get(0),
                    "PRODUCTION", notCriticalBug.get(1), "America/New_York", received, List.of(), null));
            assertThat(answer.targets()).extracting(SlaPreview.TargetDue::target).containsExactly("first-response");
        }
        var criticalBug = preview(PolicySets.B).preview(new SlaPreview.Question(PolicySets.B, null, "Critical",
                "PRODUCTION", "Defect", "America/New_York", received, List.of(), null));
        assertThat(criticalBug.targets()).filteredOn(t -> t.target().equals("resolution")).singleElement().satisfies(t -> {
            assertThat(t.calendar()).isEqualTo("Policy B around the clock");
            assertThat(t.dueAt()).isEqualTo(at("2026-06-06T16:00-04:00"));
        });
    }

    @Test
    void policyAResolvesAFeatureRequestByItsWorkOrderDate() {
        // "Resolution targets: … P5 per Work Order date"; the date ends at midnight in core hours' zone
        Instant received = at("2026-06-02T10:00-04:00");
        var undated = preview(PolicySets.A).preview(new SlaPreview.Question(PolicySets.A, null, "P5", "PRODUCTION",
                "Enhancement request", null, received, List.of(), null));
        assertThat(undated.targets()).extracting(SlaPreview.TargetDue::target)
                .containsExactlyInAnyOrder("acknowledgement", "first-response");

        var dated = preview(PolicySets.A).preview(new SlaPreview.Question(PolicySets.A, null, "P5", "PRODUCTION",
                "Enhancement request", null, received, List.of(), null, java.time.LocalDate.of(2026, 6, 30)));
        assertThat(dated.targets()).filteredOn(t -> t.target().equals("resolution")).singleElement().satisfies(t -> {
            assertThat(t.duration()).isEqualTo("by 2026-06-30");
            assertThat(t.dueAt()).isEqualTo(at("2026-07-01T00:00-04:00"));
        });
    }

    @Test
    void aWorkOrderDateStartsTheP5ResolutionClockAndMovingItReaimsIt() {
        // "Escalation triggers: … Work Order not resolved by its published date": the clock breaches then
        SlaTestKit kit = new SlaTestKit(processEngine, PolicySets.A);
        Instant received = at("2026-06-02T10:00-04:00");
        ClockUtil.setCurrentTime(Date.from(received));
        SlaCase undated = kit.newCase(7, received, "P5", "PRODUCTION", "standard", "America/New_York");
        kit.start(7);
        assertThat(kit.store.clocksOf(7)).extracting(SlaClock::getTarget).doesNotContain(SlaTarget.RESOLUTION);
        ClockUtil.setCurrentTime(Date.from(at("2026-06-02T10:20-04:00")));
        kit.clocks.firstResponse(7);

        ClockUtil.setCurrentTime(Date.from(at("2026-06-03T10:00-04:00")));
        kit.cases.put(7L, withWorkOrderDate(undated, java.time.LocalDate.of(2026, 6, 30)));
        kit.clocks.workOrderDateChanged(7);
        assertThat(kit.clock(7, SlaTarget.RESOLUTION).getState()).isEqualTo(ClockState.RUNNING);
        assertThat(kit.clock(7, SlaTarget.RESOLUTION).getDueAt()).isEqualTo(at("2026-07-01T00:00-04:00"));

        kit.cases.put(7L, withWorkOrderDate(undated, java.time.LocalDate.of(2026, 7, 15)));
        kit.clocks.workOrderDateChanged(7);
        assertThat(kit.clock(7, SlaTarget.RESOLUTION).getDueAt()).isEqualTo(at("2026-07-16T00:00-04:00"));
        assertThat(kit.events(7, SlaEventKind.RETARGETED)).singleElement()
                .satisfies(e -> assertThat(e.getNote()).contains("Work Order date 2026-07-15"));

        ClockUtil.setCurrentTime(Date.from(at("2026-07-16T08:00-04:00")));
        kit.clocks.catchUp(7);
        assertThat(kit.clock(7, SlaTarget.RESOLUTION).getState()).isEqualTo(ClockState.BREACHED);
        assertThat(kit.published).filteredOn(SlaBreached.class::isInstance).map(SlaBreached.class::cast)
                .extracting(SlaBreached::target).containsExactly(SlaTarget.RESOLUTION);
    }

    @Test
    void aBugMadeCriticalAtTriageGetsThePatchTarget() {
        SlaTestKit kit = new SlaTestKit(processEngine, PolicySets.B);
        Instant received = at("2026-06-01T10:00-04:00");
        ClockUtil.setCurrentTime(Date.from(received));
        SlaCase asked = new SlaCase(8, "CASE-8", received, "Critical", "Question", "PRODUCTION", "standard",
                "America/New_York");
        kit.cases.put(8L, asked);
        kit.start(8);
        assertThat(kit.store.clocksOf(8)).extracting(SlaClock::getTarget).containsExactly(SlaTarget.FIRST_RESPONSE);

        ClockUtil.setCurrentTime(Date.from(at("2026-06-01T11:00-04:00")));
        kit.cases.put(8L, new SlaCase(8, "CASE-8", received, "Critical", "Defect", "PRODUCTION", "standard",
                "America/New_York"));
        kit.clocks.categoryChanged(8);
        // A target new to the case starts when it becomes one: 24 hours from the triage
        assertThat(kit.clock(8, SlaTarget.RESOLUTION).getDueAt()).isEqualTo(at("2026-06-02T11:00-04:00"));
    }

    private static SlaCase withWorkOrderDate(SlaCase c, java.time.LocalDate date) {
        return new SlaCase(c.caseId(), c.number(), c.receivedAt(), c.priority(), c.category(), c.environment(),
                c.contractTier(), c.timeZone(), date);
    }

    @Test
    void policyESev4HasNoTarget() {
        // "Sev 4 no target (generally < 24 hours)"
        var answer = preview(PolicySets.E).preview(new SlaPreview.Question(PolicySets.E, "standard", "Sev4", "TEST",
                "Question", null, at("2026-06-02T10:00-05:00"), List.of(), null));
        assertThat(answer.targets()).isEmpty();
    }

    @Test
    void policyEClockStartsAtTheNextWorkingHoursForARequestOutsideThem() {
        // "The clock starts when the request arrives within working hours, or at the start of the next working hours"
        var answer = preview(PolicySets.E).preview(new SlaPreview.Question(PolicySets.E, "standard", "Sev2", "TEST",
                "Defect", null, at("2026-06-06T10:00-05:00"), List.of(), null));
        assertThat(answer.targets()).singleElement().satisfies(t -> {
            assertThat(t.clockStartsAt()).isEqualTo(at("2026-06-08T09:00-05:00"));
            assertThat(t.dueAt()).isEqualTo(at("2026-06-08T13:00-05:00"));
        });
    }

    @Test
    void aPauseShiftsEveryRunningTargetByThePausedBusinessTime() {
        // Policy D High received Monday 11:00; pending from Monday 15:00 until Tuesday 10:00 = 2 + 1 business hours
        var answer = preview(PolicySets.D).preview(new SlaPreview.Question(PolicySets.D, null, "High", "PRODUCTION",
                "Defect", null, at("2026-06-01T11:00-04:00"),
                List.of(new SlaPreview.Pause(at("2026-06-01T15:00-04:00"), at("2026-06-02T10:00-04:00"))), null));
        assertThat(answer.targets()).extracting(SlaPreview.TargetDue::target, SlaPreview.TargetDue::dueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("first-response", at("2026-06-02T14:00-04:00")),
                org.assertj.core.groups.Tuple.tuple("resolution", at("2026-06-08T14:00-04:00")));
    }

    @Test
    void badQuestionsAreRefusedWithTheFieldAtFault() {
        SlaPreview preview = preview(PolicySets.C);
        Instant monday = at("2026-06-01T10:00-05:00");
        assertThatThrownBy(() -> preview.preview(new SlaPreview.Question("policy-x", null, "P1", null, null, null, monday, List.of(), null)))
                .isInstanceOf(UnknownPolicySetException.class).hasMessageContaining("policy-x");
        assertThatThrownBy(() -> preview.preview(new SlaPreview.Question(PolicySets.C, "gold", "P1", null, null, null, monday, List.of(), null)))
                .isInstanceOf(SlaException.class).extracting("field").isEqualTo("contractTier");
        assertThatThrownBy(() -> preview.preview(new SlaPreview.Question(PolicySets.C, null, "P1", null, null, null, monday,
                List.of(new SlaPreview.Pause(monday.plusSeconds(7200), monday.plusSeconds(3600))), null)))
                .isInstanceOf(SlaException.class).extracting("field").isEqualTo("pauses[0]");
        assertThatThrownBy(() -> preview.preview(new SlaPreview.Question(PolicySets.C, null, "P2", null, null, null, monday,
                List.of(new SlaPreview.Pause(monday.plusSeconds(3600), monday.plusSeconds(7200)),
                        new SlaPreview.Pause(monday.plusSeconds(5400), monday.plusSeconds(9000))), null)))
                .isInstanceOf(SlaException.class).hasMessageContaining("overlap");
    }

    @Test
    void policyEClockStartsOnlyOnceTheRequestCarriesTheRequiredInformation() {
        // "The clock starts when the request arrives within working hours … and only once the request carries
        // the required information": Sev 2 < 4 hours (base tier Mon–Fri GMT-5), the operating system missing.
        SlaTestKit kit = new SlaTestKit(processEngine, PolicySets.E);
        Instant received = at("2026-06-01T10:00-05:00");
        ClockUtil.setCurrentTime(Date.from(received));
        kit.newCase(5, received, "Sev2", "PRODUCTION", "standard", "America/Bogota");
        kit.missingFields.put(5L, List.of("operatingSystem"));
        kit.start(5);
        assertThat(kit.clock(5, SlaTarget.ACKNOWLEDGEMENT).getState()).isEqualTo(ClockState.PAUSED);
        assertThat(kit.clocks.nextDeadline(5)).isNull();

        // A status change while the information is missing does not start it either.
        kit.clocks.statusChanged(5, "IN_PROGRESS");
        assertThat(kit.clock(5, SlaTarget.ACKNOWLEDGEMENT).getState()).isEqualTo(ClockState.PAUSED);

        Instant completed = at("2026-06-01T13:00-05:00");
        ClockUtil.setCurrentTime(Date.from(completed));
        kit.missingFields.remove(5L);
        kit.clocks.detailsChanged(5);

        assertThat(kit.clock(5, SlaTarget.ACKNOWLEDGEMENT).getState()).isEqualTo(ClockState.RUNNING);
        assertThat(kit.clock(5, SlaTarget.ACKNOWLEDGEMENT).getDueAt()).isEqualTo(at("2026-06-01T17:00-05:00"));
    }

    @Test
    void policyESaysAcknowledgementInEveryAnswerAndEvent() {
        // "Acknowledgement targets within support hours: Sev 1 < 1 hour": the clock, the preview, the
        // process variable and the breach event all call it what the policy calls it
        SlaTestKit kit = new SlaTestKit(processEngine, PolicySets.E);
        Instant received = at("2026-06-01T10:00-05:00");
        ClockUtil.setCurrentTime(Date.from(received));
        kit.newCase(6, received, "Sev1", "PRODUCTION", "standard", "America/Bogota");
        kit.start(6);
        assertThat(kit.clocks.dueByTarget(6)).containsOnlyKeys(SlaTarget.ACKNOWLEDGEMENT);
        assertThat(io.casedesk.sla.process.SlaLifecycle.Vars.dueOf(SlaTarget.ACKNOWLEDGEMENT)).isEqualTo("acknowledgementDue");

        ClockUtil.setCurrentTime(Date.from(at("2026-06-01T11:30-05:00")));
        kit.clocks.catchUp(6);
        assertThat(kit.published).filteredOn(SlaBreached.class::isInstance).map(SlaBreached.class::cast)
                .extracting(SlaBreached::target).containsExactly(SlaTarget.ACKNOWLEDGEMENT);
        assertThat(preview(PolicySets.E).preview(new SlaPreview.Question(PolicySets.E, "premium", "Sev2", "PRODUCTION",
                "Defect", null, received, List.of(), null)).targets()).extracting(SlaPreview.TargetDue::target)
                .containsExactly(SlaTarget.ACKNOWLEDGEMENT);
    }

    @Test
    void otherPoliciesStartTheClockOnReceiptWhateverIsMissing() {
        SlaTestKit kit = new SlaTestKit(processEngine, PolicySets.D);
        Instant received = at("2026-06-01T11:00-04:00");
        ClockUtil.setCurrentTime(Date.from(received));
        kit.newCase(6, received, "High", "PRODUCTION", "standard", "America/New_York");
        kit.missingFields.put(6L, List.of("operatingSystem"));
        kit.start(6);
        assertThat(kit.clock(6, SlaTarget.FIRST_RESPONSE).getState()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void runningCasesKeepTheirTargetsWhenANewTableIsDeployed() throws Exception {
        SlaTestKit kit = new SlaTestKit(processEngine, PolicySets.D);
        Instant monday = at("2026-06-01T11:00-04:00");
        ClockUtil.setCurrentTime(Date.from(monday));
        kit.newCase(1, monday, "High", "PRODUCTION", "standard", "America/New_York");
        kit.start(1);

        String table = new String(getClass().getResourceAsStream("/processes/sla-targets.dmn").readAllBytes(),
                StandardCharsets.UTF_8).replace("\"5 business days\"", "\"7 business days\"");
        processEngine.getRepositoryService().createDeployment().addString("sla-targets.dmn", table).deploy();
        kit.newCase(2, monday, "High", "PRODUCTION", "standard", "America/New_York");
        kit.start(2);

        assertThat(kit.clock(1, SlaTarget.RESOLUTION).getDurationText()).isEqualTo("5 working days");
        assertThat(kit.clock(1, SlaTarget.RESOLUTION).getDueAt()).isEqualTo(at("2026-06-08T11:00-04:00"));
        assertThat(kit.clock(2, SlaTarget.RESOLUTION).getDurationText()).isEqualTo("7 working days");
        assertThat(kit.clock(2, SlaTarget.RESOLUTION).getDueAt()).isEqualTo(at("2026-06-10T11:00-04:00"));
        assertThat(kit.clock(2, SlaTarget.RESOLUTION).getDecisionId()).isNotEqualTo(kit.clock(1, SlaTarget.RESOLUTION).getDecisionId());
        processEngine.getRepositoryService().createDeploymentQuery().list().stream()
                .filter(d -> d.getName() == null)
                .forEach(d -> processEngine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void replayTellsWhichTargetsAPastCaseWouldHaveMetUnderAnotherPolicy() {
        SlaTestKit kit = new SlaTestKit(processEngine, PolicySets.C);
        SlaReplay replay = new SlaReplay(kit.preview, kit.policySets, java.time.Clock.fixed(at("2026-07-01T00:00Z"),
                java.time.ZoneOffset.UTC));
        // A policy C P2 case: answered Tuesday 12:00, resolved Tuesday 16 June 10:00; pending all of Thursday and Friday
        var history = new SlaReplay.History("CASE-1", at("2026-06-01T11:00-04:00"), "P2", List.of("P1", "P2", "P3", "P4"),
                "PRODUCTION", "Defect", "standard", "America/New_York", at("2026-06-02T12:00-04:00"),
                at("2026-06-16T10:00-04:00"),
                List.of(new SlaPreview.Pause(at("2026-06-04T09:00-04:00"), at("2026-06-05T17:00-04:00"))));

        // Under policy D the second priority is Medium: response 2 business days (Wednesday 11:00, met);
        // resolution 10 business days plus the two paused days: Wednesday 17 June 11:00, met
        var answer = replay.replay(history, PolicySets.D);
        assertThat(answer.priority()).isEqualTo("Medium");
        assertThat(answer.targets()).extracting(SlaReplay.TargetOutcome::target, SlaReplay.TargetOutcome::dueAt,
                SlaReplay.TargetOutcome::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("first-response", at("2026-06-03T11:00-04:00"), SlaReplay.Outcome.MET),
                org.assertj.core.groups.Tuple.tuple("resolution", at("2026-06-17T11:00-04:00"), SlaReplay.Outcome.MET));

        // Without the pause the resolution would have been due Monday 15 June 11:00: breached
        var unpaused = replay.replay(new SlaReplay.History("CASE-1", history.receivedAt(), "P2", history.fromPriorities(),
                "PRODUCTION", "Defect", "standard", "America/New_York", history.firstResponseAt(), history.resolvedAt(),
                List.of()), PolicySets.D);
        assertThat(unpaused.targets()).filteredOn(t -> t.target().equals("resolution")).singleElement()
                .satisfies(t -> assertThat(t.outcome()).isEqualTo(SlaReplay.Outcome.BREACHED));
    }

    private SlaPreview preview(String policySet) {
        return new SlaTestKit(processEngine, policySet).preview;
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
