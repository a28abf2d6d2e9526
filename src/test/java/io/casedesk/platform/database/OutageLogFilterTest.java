package io.casedesk.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** The engine's and Hibernate's per-attempt errors during an outage become the outage's own summary. */
class OutageLogFilterTest {

    private final DatabaseOutage outage = new DatabaseOutage(new DatabaseProperties(null, null, Duration.ofHours(1), null));
    private final OutageLogFilter filter = new OutageLogFilter(outage);
    private final ListAppender<ILoggingEvent> written = new ListAppender<>();
    private final Logger engine = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.jobexecutor");
    private final Logger sql = (Logger) LoggerFactory.getLogger("org.hibernate.engine.jdbc.spi.SqlExceptionHelper");
    private final Logger summary = (Logger) LoggerFactory.getLogger(DatabaseOutage.class);

    @BeforeEach
    void attach() {
        written.start();
        for (Logger logger : new Logger[] { engine, sql, summary }) {
            logger.addAppender(written);
        }
        filter.afterPropertiesSet();
    }

    @AfterEach
    void detach() {
        filter.destroy();
        for (Logger logger : new Logger[] { engine, sql, summary }) {
            logger.detachAppender(written);
        }
    }

    @Test
    void engineErrorsCausedByTheOutageAreCountedNotWritten() {
        var down = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        for (int i = 0; i < 5; i++) {
            // as Camunda's BaseLogger calls it: the exception is the last argument
            engine.error("ENGINE-14019 Exception during job acquisition {}", down.getMessage(), down);
            sql.warn("SQL Error: 0, SQLState: 08000");
        }
        engine.error("ENGINE-14006 Exception while executing job {}", "job-1", new IllegalStateException("a bug"));

        assertThat(written.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Database unreachable, the engine's jobexecutor (ENGINE-14019) failed: SQLTransientConnectionException: "
                        + "HikariPool-1 - Connection is not available",
                "ENGINE-14006 Exception while executing job job-1");
    }

    @Test
    void sqlErrorsAreWrittenWhileTheDatabaseIsUp() {
        sql.warn("SQL Error: 1062, SQLState: 23000");
        assertThat(written.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("SQL Error: 1062, SQLState: 23000");
    }
}
