package io.casedesk.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the event publication registry is kept (see {@code casedesk.events} in application.yml).
 *
 * @param resubmitEvery     how often one node of the cluster looks for incomplete publications
 * @param resubmitOlderThan only publications at least this old are delivered again, so a listener
 *                          still running right after the commit is not raced by its own retry
 * @param keepCompleted     how long completed publications stay in the table (for operators)
 */
@ConfigurationProperties("casedesk.events")
record EventsProperties(Duration resubmitEvery, Duration resubmitOlderThan, Duration keepCompleted) {

    EventsProperties {
        resubmitEvery = resubmitEvery == null ? Duration.ofMinutes(1) : resubmitEvery;
        resubmitOlderThan = resubmitOlderThan == null ? Duration.ofMinutes(1) : resubmitOlderThan;
        keepCompleted = keepCompleted == null ? Duration.ofDays(7) : keepCompleted;
    }
}
