package io.casedesk.platform.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Keeps a graceful shutdown short whatever the database does. Once requests have finished (this
 * lifecycle stops last), it looks whether the database answers (within {@value #LOOK_MS} ms); if
 * not, it closes the connection pool at once, so that what still asks the database while Casedesk
 * closes (the event publication registry, the engine's last metrics, the job executor) fails at once
 * instead of waiting the pool's connection timeout at every step. A database that answers keeps its
 * pool until the end, so that work finishing meanwhile is stored. And should anything hang all the
 * same, the process stops {@code casedesk.database.shutdown-deadline} after the shutdown began,
 * logging the threads still running: an orchestrator's kill after its grace period would lose the
 * same work without saying what hung.
 */
@Component
class ShutdownGuard implements SmartLifecycle, ApplicationListener<ContextClosedEvent> {

    static final long LOOK_MS = 1000;
    private static final Logger log = LoggerFactory.getLogger(ShutdownGuard.class);

    private final DataSource dataSource;
    private final DatabaseOutage outage;
    private final DatabaseHealthIndicator health;
    private final Duration deadline;
    private volatile boolean running;

    ShutdownGuard(DataSource dataSource, DatabaseOutage outage, DatabaseHealthIndicator health,
            DatabaseProperties properties) {
        this.dataSource = dataSource;
        this.outage = outage;
        this.health = health;
        this.deadline = properties.shutdownDeadline();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Runs after the web server's graceful shutdown: no request is waiting for a connection any more. */
    @Override
    public void stop() {
        running = false;
        if (!outage.isDown() && Status.UP.equals(health.health(Duration.ofMillis(LOOK_MS)).getStatus())) {
            return;
        }
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                log.warn("The database is unreachable: closing the connection pool now, so that stopping does not wait for it");
                dataSource.unwrap(HikariDataSource.class).close();
            }
        } catch (SQLException e) {
            log.debug("Connection pool not closed early", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after every other lifecycle (the web server's graceful shutdown included), before beans are destroyed. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (deadline.isZero() || deadline.isNegative()
                || !(event.getApplicationContext() instanceof ConfigurableApplicationContext context)) {
            return;
        }
        Thread watchdog = new Thread(() -> watch(context), "shutdown-deadline");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void watch(ConfigurableApplicationContext context) {
        long giveUp = System.nanoTime() + deadline.toNanos();
        try {
            while (context.isActive()) {
                if (System.nanoTime() - giveUp >= 0) {
                    log.error("Shutdown still not finished after {}; stopping the process now. Threads still running:\n{}",
                            deadline, threads());
                    Runtime.getRuntime().halt(1);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String threads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> !entry.getKey().isDaemon() || entry.getKey().getName().startsWith("SpringApplicationShutdownHook"))
                .map(ShutdownGuard::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Map.Entry<Thread, StackTraceElement[]> thread) {
        StackTraceElement[] stack = thread.getValue();
        StringBuilder text = new StringBuilder("  ").append(thread.getKey().getName()).append(" (")
                .append(thread.getKey().getState()).append(')');
        for (int i = 0; i < Math.min(stack.length, 12); i++) {
            text.append("\n      at ").append(stack[i]);
        }
        return text.toString();
    }
}
