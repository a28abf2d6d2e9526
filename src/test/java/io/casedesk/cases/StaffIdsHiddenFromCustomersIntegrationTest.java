package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.IntegrationTest;
import io.casedesk.hardening.Attack;

/**
 * No staff user id reaches a customer (issue 15, item 8): every answer of the customer API about a
 * case staff have worked on is scanned for the id of every staff user.
 */
class StaffIdsHiddenFromCustomersIntegrationTest extends IntegrationTest {

    private static final String CUSTOMER = "dana@acme.example";
    private static final String PASSWORD = "customer";

    @Autowired
    IdentityService identity;

    @Test
    @Attack(item = "15.8", attack = "customer answers scanned for staff user ids (owner, reply authors)",
            expected = "no staff id; first name or \"Support team\"")
    void customerAnswersNameStaffByFirstNameOrRoleNeverById() {
        String number = openCase();
        staff("analyst", "/api/cases/" + number + "/respond", Map.of("reply", "We are on it.", "owner", "analyst2"));
        staff("manager", "/api/cases/" + number + "/replies", Map.of("body", "Your manager here: we are on it."));
        staff("analyst2", "/api/cases/" + number + "/pending", Map.of("reason", "Waiting for the log"));

        List<Reply> answers = new ArrayList<>();
        answers.add(post("/api/customer/cases/" + number + "/replies", CUSTOMER, PASSWORD, Map.of("body", "Log attached")));
        answers.add(get("/api/customer/cases?size=200", CUSTOMER, PASSWORD));
        answers.add(get("/api/customer/cases/" + number, CUSTOMER, PASSWORD));
        answers.add(get("/api/customer/cases/" + number + "/sla", CUSTOMER, PASSWORD));
        answers.add(get("/api/customer/cases/" + number + "/escalation", CUSTOMER, PASSWORD));

        Set<String> staffIds = identity.createUserQuery().list().stream().map(User::getId).collect(Collectors.toSet());
        assertThat(staffIds).contains("analyst", "analyst2", "manager");
        for (Reply answer : answers) {
            assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
            List<String> texts = new ArrayList<>();
            collectTexts(answer.json(), texts);
            assertThat(texts).as("customer answer %s", answer.body())
                    .noneMatch(text -> staffIds.contains(text) || text.startsWith("staff:"));
        }

        JsonNode view = get("/api/customer/cases/" + number, CUSTOMER, PASSWORD).json();
        assertThat(view.get("conversation").findValuesAsText("author")).contains("Ada", "Mia");
        JsonNode listed = get("/api/customer/cases?size=200", CUSTOMER, PASSWORD).json().get("content");
        for (JsonNode summary : listed) {
            if (summary.get("number").asText().equals(number)) {
                assertThat(summary.get("owner").asText()).isEqualTo("Alan");
            }
        }
        // Staff still see who is who.
        assertThat(get("/api/cases/" + number, "analyst", "analyst").json().get("owner").asText()).isEqualTo("analyst2");
    }

    @Test
    @Attack(item = "15.8", attack = "a staff user without a first name owns and answers a case",
            expected = "customers see \"Support team\", never the id")
    void staffWithoutAFirstNameAppearAsTheSupportTeam() {
        String userId = "nofirst" + System.nanoTime();
        User user = identity.newUser(userId);
        user.setPassword("a-long-test-password-" + userId);
        identity.saveUser(user);
        identity.createMembership(userId, "support-analysts");
        try {
            String number = openCase();
            assertThat(put("/api/cases/" + number + "/owner", "analyst", "analyst", Map.of("owner", userId)).status())
                    .isEqualTo(200);
            staff(userId, "a-long-test-password-" + userId, "/api/cases/" + number + "/replies",
                    Map.of("body", "Hello from support"));

            JsonNode view = get("/api/customer/cases/" + number, CUSTOMER, PASSWORD).json();
            assertThat(view.get("conversation").findValuesAsText("author")).containsExactly("Support team");
            assertThat(view.toString()).doesNotContain(userId);
            assertThat(get("/api/customer/cases?size=200", CUSTOMER, PASSWORD).body()).doesNotContain(userId);
        } finally {
            identity.deleteUser(userId);
        }
    }

    private static void collectTexts(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collectTexts(child, texts));
    }

    private void staff(String user, String path, Map<String, ?> body) {
        staff(user, user, path, body);
    }

    private void staff(String user, String password, String path, Map<String, ?> body) {
        var reply = post(path, user, password, body);
        assertThat(reply.status()).as(path + ": " + reply.body()).isBetween(200, 201);
    }

    private String openCase() {
        var created = post("/api/customer/cases", CUSTOMER, PASSWORD, Map.of("subject", "Who answers me?",
                "description", "The export stops at 80%.", "category", "Defect", "priority", "P3",
                "environment", "PRODUCTION"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("number").asText();
    }
}
