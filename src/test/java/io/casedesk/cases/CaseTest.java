package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Case aggregate guards its own transitions and records each one. */
class CaseTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-23T14:00:00Z");
    private static final Actor ANALYST = Actor.staff("analyst");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "OPEN, IN_PROGRESS, true", "OPEN, RESOLVED, false", "OPEN, CLOSED, false",
            "IN_PROGRESS, PENDING, true", "IN_PROGRESS, ON_HOLD, true", "IN_PROGRESS, RESOLVED, true",
            "IN_PROGRESS, CLOSED, true", "PENDING, IN_PROGRESS, true", "PENDING, RESOLVED, false",
            "ON_HOLD, IN_PROGRESS, true", "ON_HOLD, CLOSED, false", "RESOLVED, IN_PROGRESS, true",
            "RESOLVED, CLOSED, true", "CLOSED, IN_PROGRESS, false", "CLOSED, OPEN, false" })
    void statusesAllowOnlyTheLifecycleMoves(CaseStatus from, CaseStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void firstResponseIsRecordedOnceAndHistoryGrowsWithEveryMove() {
        Case supportCase = aCase();
        supportCase.respond(ANALYST, RECEIVED.plusSeconds(600));
        supportCase.markPending(ANALYST, RECEIVED.plusSeconds(700), "Need logs");
        supportCase.resume(Actor.customer("dana@acme.example", "Dana"), RECEIVED.plusSeconds(800), "Customer replied");

        assertThat(supportCase.getFirstResponseAt()).isEqualTo(RECEIVED.plusSeconds(600));
        assertThat(supportCase.getStatusHistory()).extracting(StatusChange::getToStatus)
                .containsExactly(CaseStatus.OPEN, CaseStatus.IN_PROGRESS, CaseStatus.PENDING, CaseStatus.IN_PROGRESS);
        assertThat(supportCase.getStatusHistory().get(3).getChangedBy()).isEqualTo("customer:dana@acme.example");
    }

    @Test
    void anOpenCaseCannotBeResolved() {
        Case supportCase = aCase();
        assertThatThrownBy(() -> supportCase.resolve(ANALYST, RECEIVED, "SOFTWARE_ERROR",
                "PATCH_OR_HOTFIX", "x"))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessage("Case CASE-10001 is Open; it cannot be resolved.");
        assertThat(supportCase.getStatus()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void holdNeedsAFutureDate() {
        Case supportCase = inProgress();
        assertThatThrownBy(() -> supportCase.putOnHold(ANALYST, RECEIVED.plusSeconds(900), RECEIVED, "pause"))
                .isInstanceOf(CaseException.class).hasMessageContaining("date in the future");
        supportCase.putOnHold(ANALYST, RECEIVED.plusSeconds(900), RECEIVED.plus(Duration.ofDays(3)), "pause");
        assertThat(supportCase.getHoldUntil()).isEqualTo(RECEIVED.plus(Duration.ofDays(3)));
    }

    @Test
    void resolutionNeedsCauseAndSolutionAndReopenClearsIt() {
        Case supportCase = inProgress();
        assertThatThrownBy(() -> supportCase.resolve(ANALYST, RECEIVED, null, "ANSWER", "x"))
                .hasMessageContaining("cause and the solution type");
        supportCase.resolve(ANALYST, RECEIVED.plusSeconds(900), "NOT_A_DEFECT", "ANSWER", "Use X");
        supportCase.reopen(Actor.customer("dana@acme.example", "Dana"), RECEIVED.plusSeconds(1000), "Still broken");
        assertThat(supportCase.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(supportCase.getResolvedAt()).isNull();
    }

    @Test
    void confirmationClosesOnlyAResolvedCase() {
        Case supportCase = inProgress();
        assertThatThrownBy(() -> supportCase.close(ANALYST, RECEIVED, ClosingReasons.CONFIRMED_BY_CUSTOMER, null))
                .isInstanceOf(IllegalCaseTransitionException.class);
        supportCase.close(ANALYST, RECEIVED.plusSeconds(900), "DUPLICATE", "Duplicate of another case");
        assertThat(supportCase.getClosingReason()).isEqualTo("DUPLICATE");
        assertThat(supportCase.getStatusHistory().get(2).getReason()).isEqualTo("Duplicate of another case");
        assertThatThrownBy(() -> supportCase.changePriority("P1", ANALYST, RECEIVED, "late"))
                .isInstanceOf(IllegalCaseTransitionException.class);
    }

    @Test
    void priorityChangesNeedAReasonAndAreRecorded() {
        Case supportCase = aCase();
        assertThatThrownBy(() -> supportCase.changePriority("P1", ANALYST, RECEIVED, " "))
                .hasMessage("A priority change needs a reason.");
        supportCase.changePriority("P1", ANALYST, RECEIVED, "Production is down");
        supportCase.changePriority("P1", ANALYST, RECEIVED, "no change, no record");
        assertThat(supportCase.getPriorityHistory()).singleElement()
                .satisfies(change -> assertThat(change.getFromPriority() + ">" + change.getToPriority()).isEqualTo("P3>P1"));
    }

    @Test
    void customersCannotWriteInternalNotes() {
        assertThatThrownBy(() -> new CaseMessage(1L, MessageVisibility.INTERNAL,
                Actor.customer("dana@acme.example", "Dana"), Channel.PORTAL, "psst", RECEIVED))
                .hasMessage("Customers cannot write internal notes.");
    }

    private static Case inProgress() {
        Case supportCase = aCase();
        supportCase.respond(ANALYST, RECEIVED.plusSeconds(60));
        return supportCase;
    }

    private static Case aCase() {
        var draft = new CaseDraft("Dashboard empty", "Nothing shows", "Defect", "P3", Environment.PRODUCTION,
                "Demo", "7.4", null, BusinessImpact.NONE, Channel.PORTAL);
        Case supportCase = new Case("CASE-10001", draft, 1L, new Requester(1L, "Dana", "dana@acme.example", null), RECEIVED);
        supportCase.recordReceived(Actor.customer("dana@acme.example", "Dana"));
        return supportCase;
    }
}
