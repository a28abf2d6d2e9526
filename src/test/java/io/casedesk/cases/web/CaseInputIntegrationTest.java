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

    /** Policy C runs here: the lists are its rows of processes/case-choices.dmn. */
    @Test
    void aValueOutsideThePolicySetsListsNamesTheFieldAndTheAllowedValues() {
        long before = cases();
        Map<String, Object> highD = newCase("High", "PRODUCTION");
        var priority = post("/api/customer/cases", "dana@acme.example", "customer", highD);
        assertThat(priority.status()).isEqualTo(400);
        assertThat(priority.header("Content-Type")).startsWith("application/problem+json");
        assertThat(priority.json().path("errors").path(0).path("field").asText()).isEqualTo("priority");
        assertThat(priority.json().path("errors").path(0).path("message").asText())
                .isEqualTo("'High' is not a priority; choose one of [P1, P2, P3, P4].");

        Map<String, Object> security = newCase("P3", "PRODUCTION");
        security.put("category", "Security <b>incident</b>");
        var category = post("/api/customer/cases", "dana@acme.example", "customer", security);
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.json().path("errors").path(0).path("field").asText()).isEqualTo("category");
        assertThat(category.json().path("errors").path(0).path("message").asText()).contains(
                "[Question, Investigate, Defect, Enhancement request, Outage, Service request]");
        assertThat(cases()).isEqualTo(before);

        var created = post("/api/customer/cases", "dana@acme.example", "customer", newCase("P3", "PRODUCTION"));
        String number = created.json().path("number").asText();
        var triaged = post("/api/cases/" + number + "/respond", "analyst", "analyst", Map.of("reply", "On it"));
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(200);

        var cause = post("/api/cases/" + number + "/resolve", "analyst", "analyst",
                Map.of("cause", "PROGRAM_DEFECT", "solutionType", "ANSWER", "summary", "Fixed"));
        assertThat(cause.status()).isEqualTo(400);
        assertThat(cause.json().path("errors").path(0).path("field").asText()).isEqualTo("cause");
        assertThat(cause.json().path("errors").path(0).path("message").asText()).isEqualTo("'PROGRAM_DEFECT' is not a "
                + "cause; choose one of [CONFIGURATION_ERROR, SOFTWARE_ERROR, ENVIRONMENTAL_ERROR, EXTERNAL_SOFTWARE_ERROR, "
                + "NOT_A_DEFECT].");

        var solution = post("/api/cases/" + number + "/resolve", "analyst", "analyst",
                Map.of("cause", "SOFTWARE_ERROR", "solutionType", "CUSTOMER_SATISFIED", "summary", "Fixed"));
        assertThat(solution.status()).isEqualTo(400);
        assertThat(solution.json().path("errors").path(0).path("field").asText()).isEqualTo("solutionType");
        assertThat(solution.json().path("errors").path(0).path("message").asText()).contains("PATCH_OR_HOTFIX", "SERVICE_PACK");

        var noResponse = post("/api/cases/" + number + "/close", "analyst", "analyst", Map.of("reason", "NO_RESPONSE"));
        assertThat(noResponse.status()).isEqualTo(400);
        assertThat(noResponse.json().path("errors").path(0).path("field").asText()).isEqualTo("reason");
        assertThat(noResponse.json().path("errors").path(0).path("message").asText())
                .contains("[NOT_A_DEFECT, DUPLICATE, ROUTED_TO_OTHER_TEAM]");
        var unknown = post("/api/cases/" + number + "/close", "analyst", "analyst", Map.of("reason", "FIXED"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").path(0).path("message").asText()).contains("'FIXED' is not a closing reason");

        var routed = post("/api/cases/" + number + "/close", "analyst", "analyst",
                Map.of("reason", "ROUTED_TO_OTHER_TEAM"));
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        assertThat(routed.json().path("closingReason").asText()).isEqualTo("ROUTED_TO_OTHER_TEAM");
        assertThat(routed.json().path("statusHistory").path(2).path("reason").asText())
                .isEqualTo("Routed to a non-support team");
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
