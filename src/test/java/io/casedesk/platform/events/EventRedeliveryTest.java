package io.casedesk.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import io.casedesk.platform.database.DatabaseOutage;
import io.casedesk.platform.database.DatabaseProperties;

/**
 * At-least-once delivery on the real registry: Flyway's V20 table, Modulith's JDBC repository and
 * Casedesk's resubmission job. A listener that fails once leaves its publication incomplete; the
 * lease holder's next round delivers it again and it completes. A small context of its own (H2 in
 * memory, no engine, no web), so a listener can be made to fail without touching the application's.
 */
@SpringBootTest(classes = EventRedeliveryTest.Setup.class, properties = {
        // no profile: the start-up check wants a real administrator password
        "casedesk.security.admin-password=Quiet-Otter-Lamp-73",
        "spring.datasource.url=jdbc:h2:mem:event-redelivery;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        // The scheduled round must not run in the middle of the test; the test runs it itself.
        "casedesk.events.resubmit-every=PT1H",
        "casedesk.events.resubmit-older-than=PT0S" })
class EventRedeliveryTest {

    /** An event of one module that another module listens to after commit. */
    public record SomethingHappened(long caseId, String what) {
    }

    @Autowired
    Publisher publisher;
    @Autowired
    FlakyListener listener;
    @Autowired
    EventResubmission resubmission;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @BeforeEach
    void noNodeHoldsTheLease() {
        jdbc.update("update cd_scheduler_lease set held_by = null, held_until = '2000-01-01 00:00:00' where name = ?",
                EventResubmission.LEASE);
    }

    @Test
    void aListenerThatFailsOnceGetsTheEventAgainAndItsPublicationCompletes() {
        publisher.publish(new SomethingHappened(42, "closed"));

        assertThat(listener.calls()).isEqualTo(1);
        assertThat(listener.handled()).isEmpty();
        assertThat(incomplete()).as("the failed delivery is kept").containsExactly(SomethingHappened.class.getName());

        resubmission.run();

        assertThat(listener.calls()).isEqualTo(2);
        assertThat(listener.handled()).containsExactly(new SomethingHappened(42, "closed"));
        assertThat(incomplete()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where completion_date is not null",
                Integer.class)).isEqualTo(1);

        resubmission.run();
        assertThat(listener.calls()).as("a completed publication is not delivered again").isEqualTo(2);
    }

    @Test
    void oneNodeAtATimeHoldsTheResubmissionLease() {
        SchedulerLease first = new SchedulerLease(jdbc, clock);
        SchedulerLease second = new SchedulerLease(jdbc, clock);
        Duration round = Duration.ofMinutes(1);

        assertThat(first.acquire(EventResubmission.LEASE, round)).isTrue();
        assertThat(second.acquire(EventResubmission.LEASE, round)).as("held by the first node").isFalse();
        assertThat(first.acquire(EventResubmission.LEASE, round)).as("the holder renews").isTrue();

        SchedulerLease secondLater = new SchedulerLease(jdbc, Clock.offset(clock, round.plusSeconds(1)));
        assertThat(secondLater.acquire(EventResubmission.LEASE, round)).as("the first node stopped renewing").isTrue();
        assertThat(first.acquire(EventResubmission.LEASE, round)).isFalse();
    }

    private List<String> incomplete() {
        return jdbc.queryForList("select event_type from EVENT_PUBLICATION where completion_date is null", String.class);
    }

    static class Publisher {

        private final ApplicationEventPublisher events;

        Publisher(ApplicationEventPublisher events) {
            this.events = events;
        }

        @Transactional
        public void publish(Object event) {
            events.publishEvent(event);
        }
    }

    /** Proxied for its transaction: the test reads it through methods, not fields. */
    static class FlakyListener {

        private final AtomicInteger calls = new AtomicInteger();
        private final List<SomethingHappened> handled = new CopyOnWriteArrayList<>();

        public int calls() {
            return calls.get();
        }

        public List<SomethingHappened> handled() {
            return handled;
        }

        @TransactionalEventListener
        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void on(SomethingHappened event) {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("The other module is down this once");
            }
            handled.add(event);
        }
    }

    /**
     * Data source, transactions, Flyway, Jackson and Modulith's event registry, nothing else: the
     * list is in {@code META-INF/spring/io.casedesk.platform.events.EventRedeliveryTest$AutoConfigureEventRegistry.imports}
     * (Modulith's auto-configurations are not public classes).
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ImportAutoConfiguration
    @interface AutoConfigureEventRegistry {
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigureEventRegistry
    @EnableConfigurationProperties({ EventsProperties.class, DatabaseProperties.class })
    @Import({ EventResubmission.class, SchedulerLease.class, Publisher.class, FlakyListener.class, DatabaseOutage.class })
    static class Setup {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
