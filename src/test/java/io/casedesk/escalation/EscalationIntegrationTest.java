package io.casedesk.escalation;

import io.casedesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.casedesk.cases.Cases;
import io.casedesk.escalation.process.EscalationProcess;
import io.casedesk.platform.identity.StaffGroups;

/**
 * A breach on a live case, end to end: staff log a case that arrived two days ago, so its
 * first-response clock is breached from the start; the lifecycle hands the breach to the ladder in
 * a job of its own (run by the job executor), and the support manager's escalation task shows in
 * the engine REST task query for a {@code support-managers} user and not for a plain analyst. Runs
 * on H2 in {@code ./mvnw verify} and on MariaDB with {@code -Pmariadb}.
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
    Cases cases;

    @Test
    void anSlaBreachPutsTheCaseInFrontOfTheSupportManagersAndNotTheAnalysts() {
        String number = caseReceivedTwoDaysAgo("dana@acme.example", "Orders are not exported to the warehouse", "P2");
        long caseId = cases.findByNumber(number).orElseThrow().getId();

        String escalationTasks = "/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey="
                + EscalationProcess.Elements.SUPPORT_MANAGER_REVIEWS;
        var forManager = tasks("manager", "manager", escalationTasks + "&candidateUser=manager");
        assertThat(forManager).singleElement().satisfies(task -> assertThat(task.get("name")).isEqualTo("Support manager reviews " + number
                + ": Orders are not exported to the warehouse"));
        assertThat(tasks("manager", "manager", escalationTasks + "&candidateGroup=" + StaffGroups.MANAGERS)).hasSize(1);

        assertThat(tasks("analyst", "analyst", escalationTasks + "&candidateUser=analyst")).isEmpty();
        assertThat(tasks("analyst", "analyst", escalationTasks)).isEmpty();
        // The analyst's query does work: the case's own triage task is theirs to see.
        assertThat(tasks("analyst", "analyst", "/engine-rest/task?candidateUser=analyst&processInstanceBusinessKey="
                + number)).extracting(task -> task.get("taskDefinitionKey")).containsExactly("Task_TriageCase");

        var history = rest.withBasicAuth("analyst", "analyst").exchange("/api/cases/" + number + "/escalation",
                HttpMethod.GET, null, OBJECT).getBody();
        assertThat(history).containsEntry("escalated", true);
        assertThat((Map<String, Object>) history.get("current")).containsEntry("group", StaffGroups.MANAGERS)
                .containsEntry("startedTrigger", "SLA_BREACH");
        var customerView = rest.withBasicAuth("dana@acme.example", "customer").exchange(
                "/api/customer/cases/" + number + "/escalation", HttpMethod.GET, null, OBJECT).getBody();
        assertThat((String) customerView.get("summary")).startsWith("Your case is being handled by our manager of customer support since ");
    }

    @Test
    void closingAnEscalatedCaseWithdrawsItsLadderAtOnce() {
        String number = caseReceivedTwoDaysAgo("lee@acme.example", "Duplicate of the warehouse export problem", "P2");
        long caseId = cases.findByNumber(number).orElseThrow().getId();
        String escalationTasks = "/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey="
                + EscalationProcess.Elements.SUPPORT_MANAGER_REVIEWS;
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

    /**
     * Staff log a case received two days ago (a phone call written up late): its first response is
     * past due, so the clocks record the breach as they start, and the escalation follows in the
     * background. Waits until the support managers' task exists.
     */
    private String caseReceivedTwoDaysAgo(String requester, String subject, String priority) {
        var created = staff(HttpMethod.POST, "/api/cases", Map.of("requesterEmail", requester, "channel", "PHONE",
                "receivedAt", java.time.OffsetDateTime.now().minusDays(2).toString(), "details", Map.of(
                        "subject", subject, "description", "Reported by phone two days ago.", "category", "Defect",
                        "priority", priority, "environment", "PRODUCTION")));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String number = (String) created.getBody().get("number");
        long caseId = cases.findByNumber(number).orElseThrow().getId();
        String escalationTasks = "/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey="
                + EscalationProcess.Elements.SUPPORT_MANAGER_REVIEWS;
        long deadline = System.currentTimeMillis() + 30_000;
        while (tasks("manager", "manager", escalationTasks).isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return number;
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
