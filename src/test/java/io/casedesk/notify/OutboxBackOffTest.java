package io.casedesk.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wait after each failed attempt: the first retry, doubling, never more than the maximum. */
class OutboxBackOffTest {

    private final CasedeskMailProperties.Outbox outbox = new CasedeskMailProperties.Outbox(null, null, null, null,
            Duration.ofSeconds(30), Duration.ofHours(1), null);

    @ParameterizedTest(name = "after {0} failed attempts wait {1}")
    @CsvSource({ "1, PT30S", "2, PT1M", "3, PT2M", "4, PT4M", "7, PT32M", "8, PT1H", "9, PT1H", "40, PT1H",
            "1000, PT1H" })
    void doublesUpToTheMaximum(int failedAttempts, Duration expected) {
        assertThat(outbox.backOff(failedAttempts)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "defaults: {0} attempts, first retry {1}")
    @CsvSource({ "8, PT30S, PT1H, PT5M, PT5S" })
    void defaults(int attempts, Duration firstRetry, Duration maxRetry, Duration lease, Duration poll) {
        var defaults = new CasedeskMailProperties(null, null, null, null, null, null, null, null).outbox();
        assertThat(defaults.maxAttempts()).isEqualTo(attempts);
        assertThat(defaults.firstRetry()).isEqualTo(firstRetry);
        assertThat(defaults.maxRetry()).isEqualTo(maxRetry);
        assertThat(defaults.lease()).isEqualTo(lease);
        assertThat(defaults.pollEvery()).isEqualTo(poll);
    }
}
