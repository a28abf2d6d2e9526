package io.casedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Test data through the case API, the way customers and staff reach it: over HTTP with Basic auth. */
public final class CaseApiClient {

    public static final String CUSTOMER = "dana@acme.example";
    public static final String CUSTOMER_PASSWORD = "customer";

    private final TestRestTemplate rest;

    public CaseApiClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** A customer opens a case; returns its number. The subject is unique so a browser can find it. */
    public String openCase(String subjectPrefix) {
        String subject = subjectPrefix + " " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of(
                "subject", subject,
                "description", "Opened by a test to walk through the Camunda tools.",
                "category", "Question",
                "priority", "P3",
                "environment", "TEST");
        ResponseEntity<JsonNode> created = rest.withBasicAuth(CUSTOMER, CUSTOMER_PASSWORD)
                .postForEntity("/api/customer/cases", body, JsonNode.class);
        assertThat(created.getStatusCode()).as("open case: %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("number").asText();
    }

    /** The staff view of a case (status, owner, process instance id...). */
    public JsonNode staffView(String number) {
        ResponseEntity<JsonNode> found = rest.withBasicAuth("admin", "admin")
                .getForEntity("/api/cases/{number}", JsonNode.class, number);
        assertThat(found.getStatusCode()).as("get case %s: %s", number, found.getBody()).isEqualTo(HttpStatus.OK);
        return found.getBody();
    }

    /** Cases whose text matches, newest first (staff search). */
    public JsonNode search(String text) {
        ResponseEntity<JsonNode> found = rest.withBasicAuth("admin", "admin")
                .getForEntity("/api/cases?q={q}", JsonNode.class, text);
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        return found.getBody().path("content");
    }
}
