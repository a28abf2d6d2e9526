package io.casedesk.intake;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One node of a cluster polls a mailbox at a time: a row per mailbox in {@code cd_intake_lease}, held
 * by the node whose conditional update moved {@code held_until} forward, renewed by its holder each
 * round, taken over by any node once it ran out (its holder stopped). Should two nodes ever read the
 * same mail, its key in {@code cd_intake_message} still lets only one of them act on it.
 */
@Component
class MailboxLease {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;

    MailboxLease(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }

    boolean acquire(String mailbox, Duration time) {
        String name = "mailbox:" + IntakeText.cut(mailbox, 100);
        if (tryUpdate(name, time)) {
            return true;
        }
        try {
            jdbc.update("insert into cd_intake_lease (name, held_by, held_until) values (?, null, ?)", name,
                    LocalDateTime.of(2000, 1, 1, 0, 0));
        } catch (DataIntegrityViolationException alreadyThere) {
            // another node added the row first, or it existed and is held: the update decides
        }
        return tryUpdate(name, time);
    }

    private boolean tryUpdate(String name, Duration time) {
        Instant now = clock.instant();
        return jdbc.update("update cd_intake_lease set held_by = ?, held_until = ? "
                + "where name = ? and (held_until <= ? or held_by = ?)",
                node, utc(now.plus(time)), name, utc(now), node) == 1;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
