package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.IntegrationTest;
import io.casedesk.sla.calendar.ExampleCalendars;

/**
 * Two nodes of a cluster on one database: node one is the application, node two a second set of the
 * SLA services that hold per-node state (calendar book, policy sets, calendars service, preview),
 * built by hand on the same database. A calendar edited on either node counts on the other for the
 * very next deadline it computes, without a restart; an edit that rolls back counts nowhere.
 */
class SlaCalendarsTwoNodesIntegrationTest extends IntegrationTest {

    private static final String BUSINESS_HOURS = "Policy C business hours";
    private static final String ID = "policy-c-business-hours";
    /** Policy C, P2 < 8 business hours, received Tuesday 2 June 2026 14:00 in Chicago. */
    private static final Instant TUESDAY_14_00 = OffsetDateTime.parse("2026-06-02T14:00:00-05:00").toInstant();
    /** On the shipped 07:00–18:00: 4 h until 18:00, then 07:00 + 4 h on Wednesday (16:00Z). */
    private static final Instant DUE_ON_SHIPPED_HOURS = Instant.parse("2026-06-03T16:00:00Z");
    /** On 08:00–17:00: 3 h until 17:00, then 08:00 + 5 h on Wednesday (18:00Z). */
    private static final Instant DUE_ON_EDITED_HOURS = Instant.parse("2026-06-03T18:00:00Z");

    @Autowired
    SlaCalendars calendarsOne;
    @Autowired
    SlaPreview previewOne;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SlaCalendarRecords records;
    @Autowired
    SlaClockRecords clockRecords;
    @Autowired
    SlaRules rules;
    @Autowired
    SlaProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate transactions;
    SlaCalendars calendarsTwo;
    SlaPreview previewTwo;

    @BeforeEach
    void startNodeTwo() {
        transactions = new TransactionTemplate(transactionManager);
        CalendarBook book = new CalendarBook(jdbc);
        PolicySets policySets = new PolicySets(properties, book);
        calendarsTwo = new SlaCalendars(records, clockRecords, policySets, book, clock);
        previewTwo = new SlaPreview(policySets, rules);
    }

    @AfterEach
    void restoreTheShippedCalendar() {
        transactions.executeWithoutResult(status -> calendarsOne.update(ID, CalendarSpec.of(ExampleCalendars.policyC()), "test"));
    }

    @Test
    void anEditOnNodeOneCountsOnNodeTwoAtOnce() {
        assertThat(dueOn(previewTwo)).isEqualTo(DUE_ON_SHIPPED_HOURS);

        var edited = put("/api/sla/calendars/" + ID, "admin", "admin", shorterHours());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("id").asText()).isEqualTo(ID);

        assertThat(dueOn(previewTwo)).isEqualTo(DUE_ON_EDITED_HOURS);
        assertThat(dueOn(previewOne)).isEqualTo(DUE_ON_EDITED_HOURS);
    }

    @Test
    void anEditOnNodeTwoCountsOnNodeOneAtOnce() {
        assertThat(dueOn(previewOne)).isEqualTo(DUE_ON_SHIPPED_HOURS);

        var stored = transactions.execute(status -> calendarsTwo.update(ID, shorterHours(), "admin-on-node-two"));
        assertThat(stored.calendar().hours()).contains("MONDAY 08:00-17:00");

        // through node one's HTTP API, as a client of the other node would ask
        var preview = post("/api/sla/preview", "analyst", "analyst", """
                {"policySet":"policy-c","priority":"P2","receivedAt":"2026-06-02T14:00:00-05:00"}""");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(Instant.parse(preview.json().path("targets").path(0).path("dueAt").asText())).isEqualTo(DUE_ON_EDITED_HOURS);
        assertThat(get("/api/sla/calendars/" + ID, "analyst", "analyst").json().path("updatedBy").asText())
                .isEqualTo("admin-on-node-two");
    }

    @Test
    void anEditThatRollsBackCountsNowhere() {
        assertThat(dueOn(previewOne)).isEqualTo(DUE_ON_SHIPPED_HOURS);
        assertThat(dueOn(previewTwo)).isEqualTo(DUE_ON_SHIPPED_HOURS);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            calendarsTwo.update(ID, shorterHours(), "admin");
            throw new IllegalStateException("the request failed after the edit");
        })).hasMessageContaining("failed after the edit");

        assertThat(dueOn(previewOne)).isEqualTo(DUE_ON_SHIPPED_HOURS);
        assertThat(dueOn(previewTwo)).isEqualTo(DUE_ON_SHIPPED_HOURS);
    }

    private static CalendarSpec shorterHours() {
        return new CalendarSpec(BUSINESS_HOURS, "America/Chicago", false,
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream().map(day -> day + " 08:00-17:00").toList(),
                List.of("US"), List.of());
    }

    private static Instant dueOn(SlaPreview node) {
        return node.preview(new SlaPreview.Question("policy-c", null, "P2", "PRODUCTION", null, null, TUESDAY_14_00,
                List.of(), null)).targets().get(0).dueAt();
    }
}
