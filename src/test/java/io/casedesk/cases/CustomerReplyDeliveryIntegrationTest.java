package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.casedesk.IntegrationTest;
import io.casedesk.hardening.Attack;
import io.casedesk.cases.process.CaseLifecycle;
import io.casedesk.cases.process.CustomerReplyDelivery;

/**
 * A customer's reply is never lost to the engine's state (issue 15, item 6): with the case's
 * lifecycle suspended or gone the reply is stored and answered 202, and the job executor moves the
 * case on once it can, or ends in an incident an administrator sees in Cockpit.
 */
class CustomerReplyDeliveryIntegrationTest extends IntegrationTest {

    private static final String CUSTOMER = "dana@acme.example";
    private static final String PASSWORD = "customer";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    @Attack(item = "15.6", attack = "a customer replies to a Pending case whose process instance is suspended",
            expected = "202, reply stored; the case resumes once the instance is activated")
    void aReplyToASuspendedCaseIsStoredAndTheCaseResumesOnceActivated() {
        String number = pendingCase("Reply while suspended");
        String lifecycle = processInstanceId(number);
        runtime.suspendProcessInstanceById(lifecycle);

        var reply = post("/api/customer/cases/" + number + "/replies", CUSTOMER, PASSWORD,
                Map.of("body", "Here is the log you asked for"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(reply.json().get("body").asText()).isEqualTo("Here is the log you asked for");
        assertThat(storedBodies(number)).contains("Here is the log you asked for");
        assertThat(status(number)).isEqualTo("PENDING");

        Job delivery = firstFailureOfDelivery(number);
        assertThat(delivery.getExceptionMessage()).contains(number, "suspended");
        assertThat(delivery.getDuedate().toInstant()).as("retried later, not at once").isAfter(Instant.now());

        runtime.activateProcessInstanceById(lifecycle);
        management.executeJob(delivery.getId());

        assertThat(status(number)).isEqualTo("IN_PROGRESS");
        assertThat(runtime.getActiveActivityIds(lifecycle)).contains(CaseLifecycle.Tasks.WORK);
        assertThat(deliveries(number)).isEmpty();
        assertThat(get("/api/customer/cases/" + number, CUSTOMER, PASSWORD).json().get("conversation")
                .findValuesAsText("body")).contains("Here is the log you asked for");
    }

    @Test
    @Attack(item = "15.6", attack = "a customer replies to a Pending case whose process instance was deleted",
            expected = "202, reply stored; retried, then an incident in Cockpit naming the case")
    void aReplyToACaseWhoseProcessIsGoneIsStoredAndEndsInAnIncident() {
        String number = pendingCase("Reply with the process gone");
        runtime.deleteProcessInstance(processInstanceId(number), "deleted by an administrator", true);

        var reply = post("/api/customer/cases/" + number + "/replies", CUSTOMER, PASSWORD,
                Map.of("body", "Are you still there?"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(storedBodies(number)).contains("Are you still there?");

        Job delivery = firstFailureOfDelivery(number);
        for (int attempt = 0; attempt < 10 && job(delivery.getId()).getRetries() > 0; attempt++) {
            assertThatThrownBy(() -> management.executeJob(delivery.getId())).hasMessageContaining("no longer exists");
        }
        Incident incident = runtime.createIncidentQuery().processInstanceId(delivery.getProcessInstanceId())
                .singleResult();
        assertThat(incident).as("an incident for Cockpit").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(CustomerReplyDelivery.TASK_DELIVER);
        assertThat(incident.getIncidentMessage()).contains(number, "stored", "no longer exists");

        assertThat(storedBodies(number)).contains("Are you still there?");
        assertThat(get("/api/cases/" + number, "analyst", "analyst").json().get("conversation")
                .findValuesAsText("body")).contains("Are you still there?");
    }

    @Test
    void aReplyToAWaitingCaseMovesItAtOnceWithoutABackgroundDelivery() {
        String number = pendingCase("Reply to a healthy case");

        var reply = post("/api/customer/cases/" + number + "/replies", CUSTOMER, PASSWORD, Map.of("body", "Done"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(status(number)).isEqualTo("IN_PROGRESS");
        assertThat(deliveries(number)).isEmpty();
    }

    // --- helpers ---

    private String pendingCase(String subject) {
        var created = post("/api/customer/cases", CUSTOMER, PASSWORD, Map.of("subject", subject,
                "description", "Steps: open the dashboard; nothing shows.", "category", "Defect", "priority", "P3",
                "environment", "PRODUCTION", "product", "Casedesk Demo"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String number = created.json().get("number").asText();
        staff(number, "respond", Map.of("reply", "We are looking into it."));
        staff(number, "pending", Map.of("reason", "Please send the server log"));
        assertThat(status(number)).isEqualTo("PENDING");
        return number;
    }

    private void staff(String number, String action, Map<String, ?> body) {
        var reply = post("/api/cases/" + number + "/" + action, "analyst", "analyst", body);
        assertThat(reply.status()).as(action + ": " + reply.body()).isEqualTo(200);
    }

    /** The job executor makes the first attempt; the retry after it is minutes away. */
    private Job firstFailureOfDelivery(String number) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var instances = deliveries(number);
            if (instances.size() == 1) {
                Job job = management.createJobQuery().processInstanceId(instances.get(0).getId()).singleResult();
                if (job != null && job.getExceptionMessage() != null) {
                    return job;
                }
            }
            pause();
        }
        throw new AssertionError("The delivery of the reply to " + number + " never ran");
    }

    private java.util.List<ProcessInstance> deliveries(String number) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CustomerReplyDelivery.KEY)
                .processInstanceBusinessKeyLike("case-" + caseId(number) + "-reply-%").list();
    }

    private Job job(String id) {
        return management.createJobQuery().jobId(id).singleResult();
    }

    private java.util.List<String> storedBodies(String number) {
        return jdbc.queryForList("select body from cd_case_message where case_id = ?", String.class, caseId(number));
    }

    private long caseId(String number) {
        return jdbc.queryForObject("select id from cd_case where case_number = ?", Long.class, number);
    }

    private String processInstanceId(String number) {
        return jdbc.queryForObject("select process_instance_id from cd_case where case_number = ?", String.class, number);
    }

    private String status(String number) {
        return jdbc.queryForObject("select status from cd_case where case_number = ?", String.class, number);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
