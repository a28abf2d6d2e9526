package io.casedesk.platform.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers again every event publication whose listener failed (or whose node stopped before it
 * ran), and forgets completed ones after {@code casedesk.events.keep-completed}. On start-up each
 * node also republishes what is incomplete
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); from then on this job runs on
 * one node at a time, the holder of the {@code event-resubmission} lease, so a cluster does not
 * deliver one publication from every node at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventResubmission {

    static final String LEASE = "event-resubmission";
    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final SchedulerLease lease;
    private final EventsProperties properties;

    EventResubmission(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            SchedulerLease lease, EventsProperties properties) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.lease = lease;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${casedesk.events.resubmit-every:PT1M}",
            initialDelayString = "${casedesk.events.resubmit-every:PT1M}")
    void run() {
        if (!lease.acquire(LEASE, properties.resubmitEvery())) {
            return;
        }
        resubmit();
    }

    /** What the lease holder does each round; returns nothing, failures stay incomplete for the next round. */
    void resubmit() {
        log.debug("Resubmitting event publications older than {}", properties.resubmitOlderThan());
        incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitOlderThan());
        completed.deletePublicationsOlderThan(properties.keepCompleted());
    }
}
