package io.casedesk.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.casedesk.IntegrationTest;

/**
 * The application's cross-module events go through the registry on the real database (H2, and
 * MariaDB with {@code -Pmariadb}): closing a case stores the {@code CaseClosed} publication for the
 * escalation module's listener in Flyway's V20 table, and the listener completes it.
 */
class EventPublicationIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void closingACaseRecordsItsCaseClosedPublicationAndTheEscalationListenerCompletesIt() {
        Reply opened = post("/api/customer/cases", "dana@acme.example", "customer", Map.of(
                "subject", "Registry check", "description", "A case closed as a duplicate.",
                "category", "Question", "priority", "P3", "environment", "TEST"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String number = opened.json().path("number").asText();
        long caseId = jdbc.queryForObject("select id from cd_case where case_number = ?", Long.class, number);

        assertThat(post("/api/cases/" + number + "/respond", "analyst", "analyst", Map.of("reply", "Looking.")).status())
                .isEqualTo(200);
        Reply closed = post("/api/cases/" + number + "/close", "analyst", "analyst",
                Map.of("reason", "DUPLICATE", "note", "Same as another case"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);

        List<Map<String, Object>> publications = jdbc.queryForList(
                "select listener_id, serialized_event, completion_date from EVENT_PUBLICATION where event_type = ?",
                "io.casedesk.cases.CaseClosed");
        assertThat(publications)
                .filteredOn(row -> row.get("serialized_event").toString().contains("\"caseId\":" + caseId))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("listener_id").toString()).contains("io.casedesk.escalation.CaseClosedListener");
                    assertThat(row.get("completion_date")).as("the listener ran and completed it").isNotNull();
                });
    }
}
