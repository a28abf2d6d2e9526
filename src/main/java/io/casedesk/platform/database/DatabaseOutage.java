package io.casedesk.platform.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached" (no connection within the pool's
 * timeout, a refused or dropped connection, a server that stopped answering) however deeply Spring,
 * Hibernate or the Camunda engine wrapped it, and logs an outage once when it starts, then at most
 * once per {@code casedesk.database.log-every} with the number of failures in between, instead of a
 * stack trace for every request and retry.
 */
@Component
public class DatabaseOutage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private final DatabaseProperties properties;
    private boolean down;
    private long lastLogged;
    private long unlogged;

    DatabaseOutage(DatabaseProperties properties) {
        this.properties = properties;
    }

    /** True when the failure, or anything that caused it, says the database is unreachable. */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException || cause instanceof JDBCConnectionException
                    // what Spring translates SQLTransientConnectionException and SQLRecoverableException into
                    || cause instanceof TransientDataAccessResourceException || cause instanceof RecoverableDataAccessException) {
                return true;
            }
            // SQL state class 08: connection exception (SQL standard), whatever class the driver chose
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** What a 503 answer's {@code Retry-After} says: whole seconds. */
    public long retryAfterSeconds() {
        return properties.retryAfterSeconds();
    }

    /** Something failed because the database is unreachable: logged now if the outage is new, else summarised later. */
    public synchronized void failed(String what, Throwable failure) {
        long now = System.nanoTime();
        if (down && now - lastLogged < properties.logEvery().toNanos()) {
            unlogged++;
            return;
        }
        String more = unlogged == 0 ? "" : " (%d more failures since the last message)".formatted(unlogged);
        log.warn("Database unreachable, {} failed: {}{}", what, innermostMessage(failure), more);
        down = true;
        lastLogged = now;
        unlogged = 0;
    }

    /** True from a failure until the database answers again. */
    public synchronized boolean isDown() {
        return down;
    }

    /** The database answered: ends an outage that was logged. */
    public synchronized void reachable() {
        if (down) {
            down = false;
            log.info("Database reachable again{}", unlogged == 0 ? "" : " (%d more failures before)".formatted(unlogged));
            unlogged = 0;
        }
    }

    private static String innermostMessage(Throwable failure) {
        Throwable innermost = failure;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (innermost.getCause() != null && seen.add(innermost)) {
            innermost = innermost.getCause();
        }
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }
}
