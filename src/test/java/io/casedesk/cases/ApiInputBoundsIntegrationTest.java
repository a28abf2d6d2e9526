package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.casedesk.IntegrationTest;
import io.casedesk.hardening.Attack;

/**
 * Out-of-range input answers 400 problem details naming the field, never a bare 500, and never
 * stores anything (issue 15, item 7).
 */
class ApiInputBoundsIntegrationTest extends IntegrationTest {

    private static final String CUSTOMER = "dana@acme.example";
    private static final String PASSWORD = "customer";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Attack(item = "15.7", attack = "an owner longer than 100 characters",
            expected = "400 problem details naming owner")
    void anOwnerLongerThanTheColumnIsAFieldError() {
        String number = openCase("Long owner");
        String owner = "x".repeat(101);

        assertFieldError(put("/api/cases/" + number + "/owner", "analyst", "analyst", Map.of("owner", owner)), "owner");
        assertFieldError(post("/api/cases/" + number + "/respond", "analyst", "analyst",
                Map.of("reply", "On it", "owner", owner)), "owner");
        assertThat(jdbc.queryForObject("select owner from cd_case where case_number = ?", String.class, number)).isNull();
        assertThat(put("/api/cases/" + number + "/owner", "analyst", "analyst", Map.of("owner", "x".repeat(100)))
                .status()).isEqualTo(200);
    }

    @Test
    @Attack(item = "15.7", attack = "page=2147483647 on the case lists",
            expected = "400 problem details naming page")
    void aPageBeyondAnyListIsAParameterError() {
        assertFieldError(get("/api/cases?page=2147483647", "analyst", "analyst"), "page");
        assertFieldError(get("/api/customer/cases?page=2147483647&size=50", CUSTOMER, PASSWORD), "page");
        assertThat(get("/api/cases?page=1000", "analyst", "analyst").json().get("content")).isEmpty();
    }

    @Test
    @Attack(item = "15.7", attack = "sort=nope on the case lists",
            expected = "400 problem details naming sort")
    void anUnknownSortFieldIsAParameterError() {
        assertFieldError(get("/api/cases?sort=nope", "analyst", "analyst"), "sort");
        assertFieldError(get("/api/customer/cases?sort=owner,desc", CUSTOMER, PASSWORD), "sort");
        assertThat(get("/api/cases?sort=priority,asc", "analyst", "analyst").status()).isEqualTo(200);
    }

    @Test
    @Attack(item = "15.7", attack = "engine-rest list queries with a huge or no maxResults",
            expected = "400; at most 2000 rows (queryMaxResultsLimit)")
    void engineRestListsAreBounded() {
        var tooMany = get("/engine-rest/task?maxResults=100000", "admin", "admin");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("message").asText()).contains("Max results limit of 2000");
        var unbounded = get("/engine-rest/process-instance", "admin", "admin");
        assertThat(unbounded.status()).isEqualTo(400);
        assertThat(unbounded.json().get("message").asText()).contains("unbound");
        assertThat(get("/engine-rest/task?firstResult=0&maxResults=2000", "admin", "admin").status()).isEqualTo(200);
    }

    @Test
    @Attack(item = "15.7", attack = "a case logged with receivedAt in year 0001 (or 8 days back, or tomorrow)",
            expected = "400 problem details naming receivedAt; nothing stored")
    void aCaseLoggedWithAReceivedTimeOutsideTheWindowIsAFieldError() {
        long before = jdbc.queryForObject("select count(*) from cd_case", Long.class);
        assertFieldError(post("/api/cases", "analyst", "analyst", phoneCall("0001-01-01T00:00:00Z")), "receivedAt");
        assertFieldError(post("/api/cases", "analyst", "analyst",
                phoneCall(Instant.now().minus(8, ChronoUnit.DAYS).toString())), "receivedAt");
        assertFieldError(post("/api/cases", "analyst", "analyst",
                phoneCall(Instant.now().plus(1, ChronoUnit.DAYS).toString())), "receivedAt");
        assertThat(jdbc.queryForObject("select count(*) from cd_case", Long.class)).isEqualTo(before);

        var yesterday = post("/api/cases", "analyst", "analyst",
                phoneCall(Instant.now().minus(1, ChronoUnit.DAYS).toString()));
        assertThat(yesterday.status()).as(yesterday.body()).isEqualTo(201);
    }

    private void assertFieldError(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly(field);
    }

    private Map<String, Object> phoneCall(String receivedAt) {
        return Map.of("requesterEmail", CUSTOMER, "channel", "PHONE", "receivedAt", receivedAt,
                "details", Map.of("subject", "Logged from a call", "description", "The export stops at 80%.",
                        "category", "Defect", "priority", "P1", "environment", "PRODUCTION"));
    }

    private String openCase(String subject) {
        var created = post("/api/customer/cases", CUSTOMER, PASSWORD, Map.of("subject", subject,
                "description", "Steps: open the dashboard; nothing shows.", "category", "Defect", "priority", "P3",
                "environment", "PRODUCTION"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("number").asText();
    }
}
