package io.casedesk.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.stream.Stream;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** Which failures mean "the database is unreachable", however wrapped, and how often an outage is logged. */
class DatabaseOutageTest {

    static Stream<Arguments> failures() {
        var hikariTimeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms",
                new SQLNonTransientConnectionException("Socket fail to connect", "08000", new ConnectException("Connection refused")));
        return Stream.of(
                Arguments.of("the pool gave no connection in time", hikariTimeout, true),
                Arguments.of("Spring could not open a transaction", new CannotCreateTransactionException("Could not open JPA EntityManager",
                        new JDBCConnectionException("Unable to acquire JDBC Connection", hikariTimeout)), true),
                Arguments.of("JdbcTemplate got no connection", new CannotGetJdbcConnectionException("no connection", hikariTimeout), true),
                Arguments.of("the engine wrapped it (MyBatis)", new ProcessEngineException("ENGINE-03004",
                        new PersistenceException("### Error querying database", hikariTimeout)), true),
                Arguments.of("a statement on a frozen server timed out", new ProcessEngineException("ENGINE-03083",
                        new SQLException("(conn=7) Read timed out", "08000")), true),
                Arguments.of("a deadlock victim", new CannotAcquireLockException("deadlock",
                        new SQLTransactionRollbackException("Deadlock found", "40001")), false),
                Arguments.of("a constraint violation", new DataIntegrityViolationException("duplicate",
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")), false),
                Arguments.of("an engine refusal", new ProcessEngineException("No task found"), false),
                Arguments.of("nothing to do with the database", new IllegalStateException("no"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void recognisesAnUnreachableDatabaseThroughEveryWrapper(String what, Throwable failure, boolean outage) {
        assertThat(DatabaseOutage.isCause(failure)).as(what).isEqualTo(outage);
    }

    @Test
    void survivesACycleOfCauses() {
        var first = new IllegalStateException("first");
        var second = new IllegalArgumentException("second", first);
        first.initCause(second);
        assertThat(DatabaseOutage.isCause(first)).isFalse();
    }

    @Test
    void logsAnOutageOnceThenAtMostOncePerIntervalAndItsEnd() {
        var outage = new DatabaseOutage(new DatabaseProperties(null, null, Duration.ofHours(1), null));
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        var logger = (Logger) LoggerFactory.getLogger(DatabaseOutage.class);
        logger.addAppender(logged);
        try {
            var failure = new CannotCreateTransactionException("x", new SQLTransientConnectionException("timed out"));
            for (int i = 0; i < 50; i++) {
                outage.failed("GET /api/cases", failure);
            }
            outage.reachable();
            outage.reachable();
            outage.failed("GET /api/cases", failure);
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Database unreachable, GET /api/cases failed: SQLTransientConnectionException: timed out",
                "Database reachable again (49 more failures before)",
                "Database unreachable, GET /api/cases failed: SQLTransientConnectionException: timed out");
    }

    @Test
    void retryAfterIsWholeSecondsAndAtLeastOne() {
        assertThat(new DatabaseProperties(Duration.ofMillis(1500), null, null, null).retryAfterSeconds()).isEqualTo(2);
        assertThat(new DatabaseProperties(Duration.ZERO, null, null, null).retryAfterSeconds()).isEqualTo(1);
        assertThat(new DatabaseProperties(null, null, null, null).retryAfterSeconds()).isEqualTo(10);
    }
}
