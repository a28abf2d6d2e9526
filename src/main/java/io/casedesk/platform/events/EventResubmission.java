package io.casedesk.platform.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import io.casedesk.platform.database.DatabaseOutage;

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
    private final DatabaseOutage outage;

    EventResubmission(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            SchedulerLease lease, EventsProperties properties, DatabaseOutage outage) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.lease = lease;
        this.properties = properties;
        this.outage = outage;
    }

    /**
     * One round every {@code resubmit-every}, never more often, also while the database is away: a
     * round that cannot reach it ends at once (within the pool's connection timeout), is logged as part of
     * the outage (once, not a stack trace per round) and the next round tries again.
     */
    @Scheduled(fixedDelayString = "${casedesk.events.resubmit-every:PT1M}",
            initialDelayString = "${casedesk.events.resubmit-every:PT1M}")
    void run() {
        try {
            boolean held = lease.acquire(LEASE, properties.resubmitEvery());
            outage.reachable();
            if (!held) {
                return;
            }
            resubmit();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            outage.failed("resubmitting event publications", e);
        }
    }

    /** What the lease holder does each round; returns nothing, failures stay incomplete for the next round. */
    void resubmit() {
        log.debug("Resubmitting event publications older than {}", properties.resubmitOlderThan());
        incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitOlderThan());
        completed.deletePublicationsOlderThan(properties.keepCompleted());
    }
}
