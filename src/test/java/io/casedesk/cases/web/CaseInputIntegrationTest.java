package io.casedesk.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.casedesk.IntegrationTest;

/**
 * What the case API accepts when a case is opened: received times with an offset or a zone id,
 * field errors that name the field and the allowed values (never a Java type), and the reason
 * the priority table changed the requested priority right in the 201 answer.
 */
class CaseInputIntegrationTest extends IntegrationTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReceivedTimeMayCarryAZoneIdInsteadOfAnOffset() {
        Instant received = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime inChicago = LocalDateTime.ofInstant(received, CHICAGO);

        var withZone = logCall(inChicago + "[America/Chicago]", "PRODUCTION");
        assertThat(withZone.status()).as(withZone.body()).isEqualTo(201);
        assertThat(Instant.parse(withZone.json().path("receivedAt").asText())).isEqualTo(received);

        var withOffset = logCall(inChicago + CHICAGO.getRules().getOffset(received).getId(), "PRODUCTION");
        assertThat(withOffset.status()).as(withOffset.body()).isEqualTo(201);
        assertThat(Instant.parse(withOffset.json().path("receivedAt").asText())).isEqualTo(received);

        var inUtc = logCall(LocalDateTime.ofInstant(received, ZoneOffset.UTC) + "Z", "PRODUCTION");
        assertThat(inUtc.status()).as(inUtc.body()).isEqualTo(201);
        assertThat(Instant.parse(inUtc.json().path("receivedAt").asText())).isEqualTo(received);
    }

    @Test
    void aReceivedTimeWithoutOffsetOrZoneNamesTheField() {
        long before = cases();
        var refused = logCall("2026-06-02T14:00:00", "PRODUCTION");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").path(0).path("field").asText()).isEqualTo("receivedAt");
        assertThat(refused.json().path("errors").path(0).path("message").asText())
                .contains("needs an offset or zone").contains("[America/Chicago]");
        assertThat(refused.body()).doesNotContain("java.", "io.casedesk", "OffsetDateTime");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValuesNeverAJavaType() {
        long before = cases();
        Map<String, Object> body = newCase("P3", "PROD");
        var customer = post("/api/customer/cases", "dana@acme.example", "customer", body);
        assertThat(customer.status()).isEqualTo(400);
        assertThat(customer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(customer.json().path("errors").path(0).path("field").asText()).isEqualTo("environment");
        assertThat(customer.json().path("errors").path(0).path("message").asText())
                .contains("\"PROD\"").contains("PRODUCTION, TEST, OTHER");
        assertThat(customer.json().path("detail").asText()).contains("environment").contains("PRODUCTION, TEST, OTHER");
        assertThat(customer.body()).doesNotContain("java.", "io.casedesk", "Environment`", "class");

        var nested = logCall(null, "PROD");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.json().path("errors").path(0).path("field").asText()).isEqualTo("details.environment");
        assertThat(nested.body()).doesNotContain("java.", "io.casedesk");

        Map<String, Object> byFax = staffCase(null, "PRODUCTION");
        byFax.put("channel", "FAX");
        var channel = post("/api/cases", "analyst", "analyst", byFax);
        assertThat(channel.status()).isEqualTo(400);
        assertThat(channel.json().path("errors").path(0).path("field").asText()).isEqualTo("channel");
        assertThat(channel.json().path("errors").path(0).path("message").asText()).contains("PORTAL, EMAIL, PHONE");

        Map<String, Object> badCount = newCase("P3", "PRODUCTION");
        badCount.put("businessImpact", Map.of("userCount", "many"));
        var number = post("/api/customer/cases", "dana@acme.example", "customer", badCount);
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json().path("errors").path(0).path("field").asText()).isEqualTo("businessImpact.userCount");
        assertThat(number.json().path("errors").path(0).path("message").asText()).contains("\"many\" is not a number");
        assertThat(number.body()).doesNotContain("java.", "Integer");

        var list = post("/api/customer/cases", "dana@acme.example", "customer", "[]");
        assertThat(list.status()).isEqualTo(400);
        assertThat(list.json().path("type").asText()).endsWith("/unreadable-request");
        assertThat(list.json().path("detail").asText()).contains("one JSON object");
        assertThat(list.body()).doesNotContain("io.casedesk", "NewCaseRequest");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void theCreationAnswerSaysWhyThePolicyChangedThePriority() {
        // Policy C: "A non-production case can never be P1"
        var customer = post("/api/customer/cases", "dana@acme.example", "customer", newCase("P1", "TEST"));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        assertThat(customer.json().path("priority").asText()).isEqualTo("P2");
        assertThat(customer.json().path("priorityNote").asText()).contains("never be P1").contains("P2");

        var staff = logCall(null, "TEST");
        assertThat(staff.status()).as(staff.body()).isEqualTo(201);
        assertThat(staff.json().path("priority").asText()).isEqualTo("P2");
        assertThat(staff.json().path("priorityNote").asText()).contains("never be P1");

        var asked = post("/api/customer/cases", "dana@acme.example", "customer", newCase("P3", "TEST"));
        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.json().path("priority").asText()).isEqualTo("P3");
        assertThat(asked.json().path("priorityNote").isNull()).isTrue();
    }

    /** A P3 logged by staff; on a test system a P1, which policy C handles as P2. */
    private Reply logCall(String receivedAt, String environment) {
        return post("/api/cases", "analyst", "analyst", staffCase(receivedAt, environment));
    }

    private static Map<String, Object> staffCase(String receivedAt, String environment) {
        Map<String, Object> body = new HashMap<>();
        body.put("requesterEmail", "dana@acme.example");
        body.put("channel", "PHONE");
        if (receivedAt != null) {
            body.put("receivedAt", receivedAt);
        }
        body.put("details", newCase("TEST".equals(environment) ? "P1" : "P3", environment));
        return body;
    }

    private static Map<String, Object> newCase(String priority, String environment) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", "Input check");
        body.put("description", "Steps: open the dashboard; nothing shows.");
        body.put("category", "Defect");
        body.put("priority", priority);
        body.put("environment", environment);
        body.put("product", "Casedesk Demo");
        return body;
    }

    private long cases() {
        return jdbc.queryForObject("select count(*) from cd_case", Long.class);
    }
}
