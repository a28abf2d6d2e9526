package io.casedesk.platform.database;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health check (it replaces Spring Boot's, whose {@code isValid(0)} waits without a
 * limit), part of the readiness group: DOWN while the database is unreachable, so a load balancer
 * or Kubernetes sends no traffic to a node that could only answer 503, and UP again by itself.
 * It answers within {@code casedesk.database.health-timeout} whatever the database does: the check
 * runs on a thread of its own, probes arriving while one is still waiting share it instead of
 * piling up, and a check that takes longer counts as DOWN.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator, DisposableBean {

    private final DataSource dataSource;
    private final DatabaseOutage outage;
    private final Duration timeout;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Health> running;

    DatabaseHealthIndicator(DataSource dataSource, DatabaseOutage outage, DatabaseProperties properties) {
        this.dataSource = dataSource;
        this.outage = outage;
        this.timeout = properties.healthTimeout();
    }

    @Override
    public Health health() {
        return health(timeout);
    }

    /** The database's health as far as it is known within the given time (DOWN when not). */
    Health health(Duration wait) {
        CompletableFuture<Health> check;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = CompletableFuture.supplyAsync(this::check, checker);
            }
            check = running;
        }
        try {
            return check.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "The database did not answer within " + wait).build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private Health check() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid((int) Math.max(1, timeout.toSeconds()))) {
                outage.reachable();
                return Health.up().withDetail("validation", "isValid(" + timeout + ")").build();
            }
            return Health.down().withDetail("error", "The connection did not pass isValid()").build();
        } catch (Exception e) {
            if (DatabaseOutage.isCause(e)) {
                outage.failed("the health check", e);
            }
            return Health.down(e).build();
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
