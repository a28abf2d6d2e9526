package io.casedesk.platform.events;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A lease in {@code cd_scheduler_lease} that lets one node of a cluster run a periodic job: the
 * node whose conditional update moves {@code held_until} forward holds it until then; the holder
 * may renew it, any node may take it once it has run out (its holder stopped). The database row
 * decides, so no two nodes hold it at once. Times are stored as UTC wall-clock, like every other
 * Casedesk timestamp.
 */
@Component
class SchedulerLease {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;

    SchedulerLease(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }

    /** True when this node holds the named lease for the given time from now on. */
    boolean acquire(String name, Duration time) {
        Instant now = clock.instant();
        return jdbc.update("update cd_scheduler_lease set held_by = ?, held_until = ? "
                + "where name = ? and (held_until <= ? or held_by = ?)",
                node, utc(now.plus(time)), name, utc(now), node) == 1;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
