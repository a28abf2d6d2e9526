package io.casedesk.escalation;

import io.casedesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.casedesk.cases.Cases;
import io.casedesk.escalation.process.EscalationProcess;
import io.casedesk.platform.identity.StaffGroups;
import io.casedesk.sla.SlaBreached;

/**
 * A breach on a live case, end to end: a customer opens a case through the API, its SLA clock
 * breaches, and the support manager's escalation task shows in the engine REST task query for a
 * {@code support-managers} user and not for a plain analyst. Runs on H2 in {@code ./mvnw verify}
 * and on MariaDB with {@code -Pmariadb}.
 */
class EscalationIntegrationTest extends IntegrationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };

    /** On H2 a fresh in-memory database; on MariaDB the profile's database. */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String profiles = System.getProperty("spring.profiles.active", "");
        if (!profiles.contains("mariadb")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:escalation-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    Cases cases;

    @Test
    void anSlaBreachPutsTheCaseInFrontOfTheSupportManagersAndNotTheAnalysts() {
        var created = rest.withBasicAuth("dana@acme.example", "customer").exchange("/api/customer/cases",
                HttpMethod.POST, new org.springframework.http.HttpEntity<>(Map.of(
                        "subject", "Orders are not exported to the warehouse",
                        "description", "Since this morning no order reaches the warehouse system.",
                        "category", "Defect", "priority", "P2", "environment", "PRODUCTION")), OBJECT);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) created.getBody().get("number");
        long caseId = cases.findByNumber(number).orElseThrow().getId();

        publisher.publishEvent(new SlaBreached(caseId, "first-response", Instant.now().minusSeconds(60)));

        String escalationTasks = "/engine-rest/task?processInstanceBusinessKey=" + caseId + "&taskDefinitionKey="
                + EscalationProcess.Elements.HANDLE;
        var forManager = tasks("manager", "manager", escalationTasks + "&candidateUser=manager");
        assertThat(forManager).singleElement().satisfies(task -> assertThat(task.get("name")).isEqualTo("Handle the escalation"));
        assertThat(tasks("manager", "manager", escalationTasks + "&candidateGroup=" + StaffGroups.MANAGERS)).hasSize(1);

        assertThat(tasks("analyst", "analyst", escalationTasks + "&candidateUser=analyst")).isEmpty();
        assertThat(tasks("analyst", "analyst", escalationTasks)).isEmpty();
        // The analyst's query does work: the case's own triage task is theirs to see.
        assertThat(tasks("analyst", "analyst", "/engine-rest/task?candidateUser=analyst&processInstanceBusinessKey="
                + caseId)).extracting(task -> task.get("taskDefinitionKey")).containsExactly("Task_TriageCase");

        var history = rest.withBasicAuth("analyst", "analyst").exchange("/api/cases/" + number + "/escalation",
                HttpMethod.GET, null, OBJECT).getBody();
        assertThat(history).containsEntry("escalated", true);
        assertThat((Map<String, Object>) history.get("current")).containsEntry("group", StaffGroups.MANAGERS)
                .containsEntry("startedTrigger", "SLA_BREACH");
        var customerView = rest.withBasicAuth("dana@acme.example", "customer").exchange(
                "/api/customer/cases/" + number + "/escalation", HttpMethod.GET, null, OBJECT).getBody();
        assertThat((String) customerView.get("summary")).startsWith("Your case is being handled by our support manager since ");
    }

    @Test
    void closingAnEscalatedCaseWithdrawsItsLadderAtOnce() {
        var created = rest.withBasicAuth("lee@acme.example", "customer").exchange("/api/customer/cases",
                HttpMethod.POST, new org.springframework.http.HttpEntity<>(Map.of(
                        "subject", "Duplicate of the warehouse export problem",
                        "description", "Same symptom as the other case.",
                        "category", "Defect", "priority", "P3", "environment", "PRODUCTION")), OBJECT);
        String number = (String) created.getBody().get("number");
        long caseId = cases.findByNumber(number).orElseThrow().getId();
        publisher.publishEvent(new SlaBreached(caseId, "first-response", Instant.now().minusSeconds(60)));
        String escalationTasks = "/engine-rest/task?processInstanceBusinessKey=" + caseId + "&taskDefinitionKey="
                + EscalationProcess.Elements.HANDLE;
        assertThat(tasks("manager", "manager", escalationTasks)).hasSize(1);

        assertThat(staff(HttpMethod.POST, "/api/cases/" + number + "/respond",
                Map.of("reply", "This is the same problem as the warehouse export case.")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(staff(HttpMethod.POST, "/api/cases/" + number + "/close",
                Map.of("reason", "DUPLICATE", "note", "Followed in the warehouse export case")).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // No sweep has run (its first run is a minute after start-up): the closure itself withdrew the ladder.
        assertThat(tasks("manager", "manager", escalationTasks)).isEmpty();
        var history = staff(HttpMethod.GET, "/api/cases/" + number + "/escalation", null).getBody();
        assertThat(history).containsEntry("escalated", false);
        assertThat((List<Map<String, Object>>) history.get("history")).extracting(line -> line.get("kind"))
                .contains("WITHDRAWN");
    }

    private ResponseEntity<Map<String, Object>> staff(HttpMethod method, String url, Object body) {
        return rest.withBasicAuth("analyst", "analyst").exchange(url, method,
                body == null ? null : new org.springframework.http.HttpEntity<>(body), OBJECT);
    }

    private List<Map<String, Object>> tasks(String user, String password, String url) {
        // Engine REST refuses a list without maxResults (queryMaxResultsLimit); Tasklist always sends one.
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, password)
                .exchange(url + "&maxResults=50", HttpMethod.GET, null, LIST);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
