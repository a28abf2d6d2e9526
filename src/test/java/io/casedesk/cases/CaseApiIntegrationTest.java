package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.IntegrationTest;
import io.casedesk.cases.process.CaseLifecycle;

/**
 * Drives cases through the REST API and checks, after every step, that the case row, its status
 * history and the lifecycle process agree.
 */
class CaseApiIntegrationTest extends IntegrationTest {

    private static final String CUSTOMER = "dana@acme.example";
    private static final String PASSWORD = "customer";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    @Test
    void caseTravelsFromCreationToClosureWithDatabaseAndProcessInStep() {
        String number = openCase(CUSTOMER, "Dashboard empty", "P2");
        assertAgree(number, "OPEN", CaseLifecycle.Tasks.TRIAGE);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getName())
                .isEqualTo("Triage and respond " + number + ": Dashboard empty");

        staff(number, "respond", Map.of("reply", "We are looking into it.", "priority", "P1",
                "priorityReason", "Production down for all users"));
        assertAgree(number, "IN_PROGRESS", CaseLifecycle.Tasks.WORK);
        assertThat(workTask(number).getAssignee()).isEqualTo("analyst");
        assertThat(jdbc.queryForObject("select to_priority from cd_case_priority_change where case_id = ?",
                String.class, caseId(number))).isEqualTo("P1");

        staff(number, "pending", Map.of("reason", "Please send the server log"));
        assertAgree(number, "PENDING", "Gateway_AwaitCustomer");

        var reply = post("/api/customer/cases/" + number + "/replies", CUSTOMER, PASSWORD, Map.of("body", "Log attached"));
        assertThat(reply.status()).isEqualTo(201);
        assertAgree(number, "IN_PROGRESS", CaseLifecycle.Tasks.WORK);

        Instant until = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        staff(number, "hold", Map.of("until", until.toString(), "reason", "Customer away"));
        assertAgree(number, "ON_HOLD", "Gateway_AwaitHoldEnd");
        Job holdTimer = management.createJobQuery().processInstanceId(processInstanceId(number)).timers()
                .activityId("Timer_HoldEndDue").singleResult();
        assertThat(holdTimer.getDuedate().toInstant()).isEqualTo(until);

        staff(number, "resume", Map.of("reason", "Customer back early"));
        assertAgree(number, "IN_PROGRESS", CaseLifecycle.Tasks.WORK);

        staff(number, "resolve", Map.of("cause", "CONFIGURATION_ERROR", "solutionType", "WORKAROUND",
                "summary", "Restart the collector service"));
        assertAgree(number, "RESOLVED", "Gateway_AwaitConfirmation");

        var reopened = post("/api/customer/cases/" + number + "/reopen", CUSTOMER, PASSWORD, Map.of("reason", "Back again"));
        assertThat(reopened.status()).isEqualTo(200);
        assertAgree(number, "IN_PROGRESS", CaseLifecycle.Tasks.WORK);

        staff(number, "resolve", Map.of("cause", "SOFTWARE_ERROR", "solutionType", "PATCH_OR_HOTFIX",
                "summary", "Hotfix 7.4.1 installed"));
        var confirmed = post("/api/customer/cases/" + number + "/confirm", CUSTOMER, PASSWORD, Map.of());
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asText()).isEqualTo("CLOSED");

        assertThat(statusInDatabase(number)).isEqualTo("CLOSED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_CaseClosed");
        assertThat(jdbc.queryForMap("select closing_reason, resolution_cause, solution_type from cd_case where case_number = ?", number))
                .containsEntry("CLOSING_REASON", "CONFIRMED_BY_CUSTOMER")
                .containsEntry("RESOLUTION_CAUSE", "SOFTWARE_ERROR")
                .containsEntry("SOLUTION_TYPE", "PATCH_OR_HOTFIX");
        assertThat(historyInDatabase(number)).containsExactly("OPEN", "IN_PROGRESS", "PENDING", "IN_PROGRESS",
                "ON_HOLD", "IN_PROGRESS", "RESOLVED", "IN_PROGRESS", "RESOLVED", "CLOSED");
        assertThat(historyInApi(number)).isEqualTo(historyInDatabase(number));
    }

    @Test
    void freeTextNeverStaysInTheEngine() {
        String number = openCase(CUSTOMER, "Free text check", "P3");
        staff(number, "respond", Map.of("reply", "SECRET-REPLY-TEXT"));
        staff(number, "pending", Map.of("reason", "SECRET-REASON-TEXT"));

        List<String> names = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId(number)).list().stream()
                .map(v -> v.getName()).toList();
        assertThat(names).doesNotContain(CaseLifecycle.Vars.FIRST_REPLY, CaseLifecycle.Vars.REASON,
                CaseLifecycle.Vars.ACTOR);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId(number)).list())
                .noneMatch(v -> String.valueOf(v.getValue()).contains("SECRET"));
    }

    @Test
    void internalNotesAndAttachmentsNeverReachTheCustomer() {
        String number = openCase(CUSTOMER, "Internal note check", "P3");
        assertThat(post("/api/cases/" + number + "/notes", "analyst", "analyst",
                Map.of("body", "Customer is on an unsupported patch level")).status()).isEqualTo(201);
        assertThat(post("/api/cases/" + number + "/replies", "analyst", "analyst",
                Map.of("body", "Which version do you run?")).status()).isEqualTo(201);
        upload("/api/cases/" + number + "/attachments?internal=true", "analyst", "analyst", "triage.txt", "internal");

        JsonNode staffView = get("/api/cases/" + number, "analyst", "analyst").json();
        JsonNode customerView = get("/api/customer/cases/" + number, CUSTOMER, PASSWORD).json();

        assertThat(staffView.get("conversation").findValuesAsText("visibility")).contains("INTERNAL", "PUBLIC");
        assertThat(customerView.get("conversation").findValuesAsText("body"))
                .containsExactly("Which version do you run?");
        assertThat(customerView.get("attachments")).isEmpty();
        assertThat(customerView.toString()).doesNotContain("unsupported patch level");
    }

    @Test
    void attachmentsAreSanitisedSniffedAndDownloadedOnly() {
        String number = openCase(CUSTOMER, "Attachment check", "P3");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        var uploaded = upload("/api/customer/cases/" + number + "/attachments", CUSTOMER, PASSWORD,
                "../../etc/screen shot.txt", png);
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().get("fileName").asText()).isEqualTo("screen shot.txt");
        assertThat(uploaded.json().get("contentType").asText()).isEqualTo("image/png");

        var download = get("/api/customer/cases/" + number + "/attachments/" + uploaded.json().get("id").asLong(),
                CUSTOMER, PASSWORD);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void customersSeeOnlyWhatTheirRoleEntitlesThemTo() {
        String danas = openCase(CUSTOMER, "Visibility check", "P3");
        String lees = openCase("lee@acme.example", "Licensed user's own case", "P4");
        String sams = openCase("sam@globex.example", "Another organisation", "P4");

        assertThat(listFor(CUSTOMER)).contains(danas, lees).doesNotContain(sams);
        assertThat(listFor("lee@acme.example")).contains(lees).doesNotContain(danas, sams);
        assertThat(listFor("pia@northwind.example")).contains(danas, lees).doesNotContain(sams);
        assertThat(get("/api/customer/cases/" + danas, "lee@acme.example", PASSWORD).status()).isEqualTo(404);
        assertThat(get("/api/customer/cases/" + sams, CUSTOMER, PASSWORD).status()).isEqualTo(404);
    }

    @Test
    void contactWithoutAValidContractCannotOpenCases() {
        var refused = post("/api/customer/cases", "pat@initech.example", PASSWORD, newCase("Expired", "P3"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asText()).endsWith("/not-entitled");
        assertThat(refused.json().get("detail").asText()).contains("Initech", "no valid support contract");
    }

    @Test
    void invalidRequestsGetFieldErrorsAndStoreNothing() {
        long before = jdbc.queryForObject("select count(*) from cd_case", Long.class);
        var refused = post("/api/customer/cases", CUSTOMER, PASSWORD,
                Map.of("subject", " ", "description", "x", "category", "Question", "priority", "P3"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field")).contains("subject", "environment");

        var unknownPriority = post("/api/customer/cases", CUSTOMER, PASSWORD, newCase("Bad priority", "P9"));
        assertThat(unknownPriority.status()).isEqualTo(400);
        assertThat(unknownPriority.json().get("detail").asText()).contains("'P9' is not a priority");

        var badJson = post("/api/customer/cases", CUSTOMER, PASSWORD, "{\"subject\": ");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().get("type").asText()).endsWith("/unreadable-request");
        assertThat(jdbc.queryForObject("select count(*) from cd_case", Long.class)).isEqualTo(before);
    }

    @Test
    void illegalMovesAreRefusedWithAConflict() {
        String number = openCase(CUSTOMER, "Illegal move check", "P3");
        var refused = post("/api/cases/" + number + "/resolve", "analyst", "analyst",
                Map.of("cause", "SOFTWARE_ERROR", "solutionType", "PATCH_OR_HOTFIX", "summary", "x"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).isEqualTo("Case " + number + " is Open; it cannot be resolved.");
        assertThat(post("/api/customer/cases/" + number + "/confirm", CUSTOMER, PASSWORD, Map.of()).status())
                .isEqualTo(409);
        assertAgree(number, "OPEN", CaseLifecycle.Tasks.TRIAGE);
    }

    @Test
    void staleVersionGetsAConflictAndNoLostUpdate() {
        String number = openCase(CUSTOMER, "Concurrent edit check", "P3");
        String etag = get("/api/cases/" + number, "analyst", "analyst").header("ETag");
        staff(number, "respond", Map.of("reply", "First"));

        var stale = send(request("/api/cases/" + number + "/priority", "analyst2", "analyst2")
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"priority\":\"P1\",\"reason\":\"stale\"}")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asText()).endsWith("/concurrent-change");
        assertThat(get("/api/cases/" + number, "analyst", "analyst").json().get("priority").asText()).isEqualTo("P3");
    }

    @Test
    void customersCompleteProductDetailsAndNothingElseChanges() {
        String number = openCase(CUSTOMER, "Details check", "P3");
        var updated = put("/api/customer/cases/" + number + "/details", CUSTOMER, PASSWORD,
                Map.of("productVersion", "7.4.2", "operatingSystem", "Windows Server 2022"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(jdbc.queryForMap("select product, product_version, operating_system from cd_case where case_number = ?", number))
                .containsEntry("PRODUCT", "Casedesk Demo").containsEntry("PRODUCT_VERSION", "7.4.2")
                .containsEntry("OPERATING_SYSTEM", "Windows Server 2022");
        assertThat(put("/api/customer/cases/" + number + "/details", "sam@globex.example", PASSWORD,
                Map.of("product", "x")).status()).isEqualTo(404);
    }

    @Test
    void staffSearchFiltersByStatusOwnerAndText() {
        String word = "unicorn" + System.nanoTime();
        String number = openCase(CUSTOMER, "Searchable " + word + " subject", "P4");
        staff(number, "respond", Map.of("reply", "ok", "owner", "analyst2"));

        JsonNode byText = get("/api/cases?q=" + word.toUpperCase(), "analyst", "analyst").json();
        assertThat(byText.get("content").findValuesAsText("number")).containsExactly(number);
        JsonNode byOwner = get("/api/cases?owner=analyst2&status=IN_PROGRESS", "analyst", "analyst").json();
        assertThat(byOwner.get("content").findValuesAsText("number")).contains(number);
        assertThat(get("/api/cases?status=NOPE", "analyst", "analyst").status()).isEqualTo(400);
    }

    // --- helpers ---

    private String openCase(String customer, String subject, String priority) {
        var created = post("/api/customer/cases", customer, PASSWORD, newCase(subject, priority));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(created.json().get("number").asText());
        return created.json().get("number").asText();
    }

    private static Map<String, Object> newCase(String subject, String priority) {
        return Map.of("subject", subject, "description", "Steps: open the dashboard; nothing shows.",
                "category", "Defect", "priority", priority, "environment", "PRODUCTION", "product", "Casedesk Demo");
    }

    private void staff(String number, String action, Map<String, ?> body) {
        var reply = post("/api/cases/" + number + "/" + action, "analyst", "analyst", body);
        assertThat(reply.status()).as(action + ": " + reply.body()).isEqualTo(200);
    }

    private Reply upload(String path, String user, String password, String fileName, Object content) {
        byte[] bytes = content instanceof byte[] b ? b : content.toString().getBytes();
        String boundary = "casedesk-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        return send(request(path, user, password).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private List<String> listFor(String customer) {
        return get("/api/customer/cases?size=500", customer, PASSWORD).json().get("content").findValuesAsText("number");
    }

    private String caseId(String number) {
        return String.valueOf(jdbc.queryForObject("select id from cd_case where case_number = ?", Long.class, number));
    }

    private String processInstanceId(String number) {
        return jdbc.queryForObject("select process_instance_id from cd_case where case_number = ?", String.class, number);
    }

    private String statusInDatabase(String number) {
        return jdbc.queryForObject("select status from cd_case where case_number = ?", String.class, number);
    }

    private List<String> historyInDatabase(String number) {
        return jdbc.queryForList("select to_status from cd_case_status_change where case_id = ? order by changed_at, id",
                String.class, Long.valueOf(caseId(number)));
    }

    private List<String> historyInApi(String number) {
        return get("/api/cases/" + number, "analyst", "analyst").json().get("statusHistory").findValuesAsText("to");
    }

    private Task workTask(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(CaseLifecycle.Tasks.WORK).singleResult();
    }

    /** The row, the last history line, the API and the process's current activity tell the same story. */
    private void assertAgree(String number, String status, String activity) {
        assertThat(statusInDatabase(number)).isEqualTo(status);
        List<String> rows = historyInDatabase(number);
        assertThat(rows.get(rows.size() - 1)).isEqualTo(status);
        assertThat(get("/api/cases/" + number, "analyst", "analyst").json().get("status").asText()).isEqualTo(status);
        assertThat(runtime.getActiveActivityIds(processInstanceId(number))).contains(activity);
    }
}
