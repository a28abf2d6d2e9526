package io.casedesk.platform.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Casedesk behaves while the database is unreachable ({@code casedesk.database}).
 *
 * @param retryAfter    what the 503 answer's {@code Retry-After} asks clients to wait
 * @param healthTimeout the longest the {@code db} health check (readiness) waits for the database
 *                      before it answers DOWN
 * @param logEvery      an outage is logged when it starts, then at most once per this interval
 * @param shutdownDeadline the longest a graceful shutdown may take before the process stops anyway
 *                      (0 = no limit); below the orchestrator's grace period (Kubernetes: 30 s)
 */
@ConfigurationProperties("casedesk.database")
public record DatabaseProperties(Duration retryAfter, Duration healthTimeout, Duration logEvery, Duration shutdownDeadline) {

    public DatabaseProperties {
        retryAfter = retryAfter == null ? Duration.ofSeconds(10) : retryAfter;
        healthTimeout = healthTimeout == null ? Duration.ofSeconds(2) : healthTimeout;
        logEvery = logEvery == null ? Duration.ofMinutes(1) : logEvery;
        shutdownDeadline = shutdownDeadline == null ? Duration.ofSeconds(25) : shutdownDeadline;
    }

    /** Whole seconds, at least one: the form {@code Retry-After} takes. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
