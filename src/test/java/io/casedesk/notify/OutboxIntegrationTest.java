package io.casedesk.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.casedesk.IntegrationTest;
import io.casedesk.cases.Cases;
import io.casedesk.escalation.EscalationService;
import io.casedesk.notify.process.MailDelivery;
import io.casedesk.sla.SlaUpdateDue;

/**
 * Outbound mail end to end, read from a real SMTP server (GreenMail) and never from a table: each
 * notice kind a case produces, escalation and complaint notices to staff, SMTP down and back,
 * two senders racing, header injection, and the administrators' view of failed mail. The scheduled
 * sender is slowed down here; each test drives {@link OutboxSender#sendDue()} itself.
 */
class OutboxIntegrationTest extends IntegrationTest {

    private static final int SMTP_PORT = freePort();
    private static final String DANA = "dana@acme.example";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        if (!System.getProperty("spring.profiles.active", "").contains("mariadb")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:notify-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        registry.add("casedesk.mail.dev-server.enabled", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("casedesk.mail.domain", () -> "casedesk.test");
        registry.add("casedesk.mail.base-url", () -> "https://support.example.com/");
        registry.add("casedesk.mail.outbox.poll-every", () -> "PT1H");
        registry.add("casedesk.mail.outbox.first-retry", () -> "PT0S");
        registry.add("casedesk.mail.outbox.max-attempts", () -> "3");
    }

    @Autowired
    OutboxSender sender;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxMessages rows;
    @Autowired
    Cases cases;
    @Autowired
    ManagementService management;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    RuntimeService runtime;
    @Autowired
    EscalationService escalation;

    @Test
    void aCaseSendsItsCustomerEveryNoticeThreadedUnderItsNumber() throws Exception {
        String number = openCase("Export stops at 80%");

        MimeMessage ack = awaitMail(DANA, subjectHas(number, "We have received your request"));
        assertThat(ack.getSubject()).isEqualTo("[" + number + "] We have received your request: Export stops at 80%");
        assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(ack.getMessageID()).matches("<[0-9a-f-]{36}\\." + number + "@casedesk\\.test>");
        assertThat(ack.getFrom()[0].toString()).contains("support@casedesk.local");
        assertThat(GreenMailUtil.getBody(ack)).contains("Your case number is " + number)
                .contains("https://support.example.com/portal/cases/" + number);

        assertThat(staff(number, "notes", Map.of("body", "INTERNAL-ONLY note")).status()).isEqualTo(201);
        assertThat(staff(number, "respond", Map.of("reply", "We are looking into the export.")).status()).isEqualTo(200);
        MimeMessage reply = awaitMail(DANA, m -> GreenMailUtil.getBody(m).contains("We are looking into the export."));
        assertThat(reply.getSubject()).startsWith("[" + number + "] ");
        assertThat(reply.getHeader("Auto-Submitted")).as("a person wrote it").isNull();
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(ack.getMessageID());
        assertThat(reply.getHeader("References", null)).contains(ack.getMessageID());

        assertThat(staff(number, "pending", Map.of("reason", "Which version & build do you run?")).status()).isEqualTo(200);
        MimeMessage question = awaitMail(DANA, subjectHas(number, "We need more information"));
        assertThat(GreenMailUtil.getBody(question)).contains("Which version &amp; build do you run?")
                .as("the text part is not HTML-escaped").contains("Which version & build do you run?");
        assertThat(question.getHeader("References", null)).contains(ack.getMessageID()).contains(reply.getMessageID());

        assertThat(post("/api/customer/cases/" + number + "/replies", DANA, "customer", Map.of("body", "Version 7.2"))
                .status()).isBetween(200, 202);
        assertThat(staff(number, "resolve", Map.of("cause", "CONFIGURATION_ERROR", "solutionType", "WORKAROUND",
                "summary", "Raise the export's memory to 2 GB.")).status()).isEqualTo(200);
        MimeMessage resolution = awaitMail(DANA, subjectHas(number, "Resolved"));
        assertThat(GreenMailUtil.getBody(resolution)).contains("Raise the export's memory to 2 GB.")
                .contains("https://support.example.com/portal/cases/" + number + "?action=confirm")
                .contains("https://support.example.com/portal/cases/" + number + "?action=reopen");

        List<String> bodies = mailsTo(DANA).stream().filter(subjectHas(number, "")).map(GreenMailUtil::getBody).toList();
        assertThat(bodies).hasSize(4).noneMatch(body -> body.contains("INTERNAL-ONLY"));
    }

    /** Policy C (the dev profile's): a licensed user's case is also mailed to the organisation's designated contacts. */
    @Test
    void aLicensedUsersCaseIsCopiedToTheDesignatedContacts() throws Exception {
        var created = post("/api/customer/cases", "lee@acme.example", "customer", Map.of("subject", "Licensed user's case",
                "description", "Written by OutboxIntegrationTest.", "category", "Question", "priority", "P3",
                "environment", "TEST"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String number = created.json().path("number").asText();

        MimeMessage ack = awaitMail("lee@acme.example", subjectHas(number, "We have received your request"));
        assertThat(ack.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("lee@acme.example", DANA);
        awaitMail(DANA, subjectHas(number, "We have received your request"));
    }

    /**
     * Policy D's "closed after multiple contact attempts": every reminder is mailed, the last says
     * so, and the case closes one whole reminder interval after it, with a closing notice.
     */
    @Test
    void remindersThenOneMoreIntervalThenTheClosingNotice() throws Exception {
        String number = openCase("Waiting for logs");
        staff(number, "respond", Map.of("reply", "Please send the logs."));
        staff(number, "pending", Map.of("reason", "Please attach the server logs."));
        long caseId = cases.findByNumber(number).orElseThrow().getId();

        for (int reminder = 1; reminder <= 3; reminder++) {
            runReminderTimer(caseId);
            assertThat(cases.findByNumber(number).orElseThrow().getStatus().name()).isEqualTo("PENDING");
        }
        runReminderTimer(caseId);
        assertThat(cases.findByNumber(number).orElseThrow().getStatus().name()).isEqualTo("CLOSED");

        awaitMail(DANA, subjectHas(number, "Closed for no response"));
        // A mail the server refused for a moment is sent on a later round, maybe after the closing notice.
        List<MimeMessage> reminders = awaitMails(DANA, subjectHas(number, "eminder:"), 3);
        assertThat(reminders).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "[" + number + "] Reminder: we are waiting for your answer on Waiting for logs",
                "[" + number + "] Reminder: we are waiting for your answer on Waiting for logs",
                "[" + number + "] Last reminder: we are waiting for your answer on Waiting for logs");
        assertThat(reminders).filteredOn(subjectHas(number, "Last reminder"))
                .singleElement().satisfies(last -> assertThat(GreenMailUtil.getBody(last)).contains("This is our last reminder"));
        assertThat(reminders.get(0).getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    }

    @Test
    void aProgressBulletinTellsTheCustomerTheLatestUpdate() throws Exception {
        String number = openCase("Site down");
        staff(number, "respond", Map.of("reply", "Failover started, ETA 20 minutes."));
        long caseId = cases.findByNumber(number).orElseThrow().getId();

        transactions.executeWithoutResult(status -> events.publishEvent(new SlaUpdateDue(caseId, "update",
                Instant.now(), Instant.parse("2030-01-07T15:00:00Z"))));

        MimeMessage bulletin = awaitMail(DANA, subjectHas(number, "Progress update"));
        assertThat(GreenMailUtil.getBody(bulletin)).contains("Failover started, ETA 20 minutes.").contains("In Progress")
                .contains("7 Jan 2030 15:00 UTC");
    }

    @Test
    void escalationNoticesReachTheLevelsOwnerAndTheCustomer() throws Exception {
        String number = openCase("Nobody answers");
        staff(number, "respond", Map.of("reply", "Looking into it.", "owner", "analyst2"));
        assertThat(post("/api/cases/" + number + "/escalate", "manager", "manager",
                Map.of("reason", "Customer called the CEO")).status()).isBetween(200, 202);

        MimeMessage toOwner = awaitMail("analyst2@casedesk.example", subjectHas(number, "is escalated to you"));
        assertThat(toOwner.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(GreenMailUtil.getBody(toOwner)).contains("https://support.example.com/staff/cases/" + number);
        MimeMessage toCustomer = awaitMail(DANA, subjectHas(number, "has been escalated"));
        assertThat(GreenMailUtil.getBody(toCustomer)).contains("https://support.example.com/portal/cases/" + number)
                .doesNotContain("/staff/");
        // The notices the escalation API lists are marked delivered once the mail server took them.
        var notices = get("/api/cases/" + number + "/escalation", "analyst", "analyst").json().path("notices");
        assertThat(notices.size()).isGreaterThanOrEqualTo(2);
        notices.forEach(notice -> assertThat(notice.path("deliveredAt").isNull())
                .as("deliveredAt of %s", notice).isFalse());
    }

    @Test
    void anSlaWarningReachesTheCaseOwnersAddressFromTheIdentityService() throws Exception {
        String number = openCase("Slow reports");
        staff(number, "respond", Map.of("reply", "Checking.", "owner", "analyst2"));
        long caseId = cases.findByNumber(number).orElseThrow().getId();

        transactions.executeWithoutResult(status -> escalation.slaWarning(caseId, "resolution",
                Instant.parse("2030-01-07T15:00:00Z")));

        MimeMessage warning = awaitMail("analyst2@casedesk.example", subjectHas(number, "resolution due soon"));
        assertThat(GreenMailUtil.getBody(warning)).contains("7 Jan 2030 15:00 UTC");
        assertThat(mailsTo("analyst@casedesk.example").stream().filter(subjectHas(number, "due soon"))).isEmpty();
    }

    @Test
    void aMailGivenUpIsAnIncidentInCockpitUntilARetryDeliversIt() throws Exception {
        smtp.stop();
        String number = openCase("Incident when mail fails");
        long caseId = cases.findByNumber(number).orElseThrow().getId();
        for (int attempt = 0; attempt < 3; attempt++) {
            sender.sendDue();
        }
        long outboxId = rows.findByCaseIdOrderByIdAsc(caseId).get(0).getId();
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(MailDelivery.KEY)
                .processInstanceBusinessKey("case-" + caseId + "-mail-" + outboxId).singleResult();
        assertThat(instance).as("a mail-delivery instance for case %s", number).isNotNull();
        String jobId = management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId();

        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (runtime.createIncidentQuery().processInstanceId(instance.getId()).count() == 0
                && Instant.now().isBefore(until)) {
            try {
                management.executeJob(jobId);
            } catch (RuntimeException expected) {
                // the mail server is down: the step fails, its retries run out
            }
        }
        var incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident.getIncidentMessage()).contains("was not accepted by the mail server")
                .contains("ACKNOWLEDGEMENT of " + number).contains(DANA);
        assertThat(rows.findByCaseIdOrderByIdAsc(caseId).get(0).getStatus()).isEqualTo(OutboxStatus.FAILED);

        smtp.start();
        management.setJobRetries(jobId, 1);   // Cockpit's "Retry"
        until = Instant.now().plus(Duration.ofSeconds(30));
        while (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0
                && Instant.now().isBefore(until)) {
            try {
                management.executeJob(jobId);
            } catch (RuntimeException raced) {
                Thread.sleep(200);   // the job executor took it first
            }
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        // The acknowledgement arrives. Not asserted "once" here: this test runs the delivery job by hand
        // while a job executor may run it too, without the lock the executor takes, and each attempt sends
        // before one fails to commit. Exactly-once between senders: twoSendersRacingSendEachMailOnce.
        assertThat(mailsTo(DANA).stream().filter(subjectHas(number, "We have received your request"))).isNotEmpty();
        assertThat(rows.findByCaseIdOrderByIdAsc(caseId).get(0).getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void aComplaintIsAnnouncedToTheSupportManagers() throws Exception {
        var filed = post("/api/customer/complaints", DANA, "customer", Map.of("kind", "COMPLAINT",
                "subject", "Rude on the phone", "description", "The agent hung up on me."));
        assertThat(filed.status()).isEqualTo(201);

        MimeMessage notice = awaitMail("manager@casedesk.example", m -> subject(m).contains("Rude on the phone"));
        assertThat(notice.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    }

    @Test
    void mailQueuedWhileTheServerIsDownGoesOutOnceWhenItIsBack() throws Exception {
        smtp.stop();
        String number = openCase("Queued while SMTP is down");
        assertThat(sender.sendDue()).isZero();
        assertThat(sender.sendDue()).isZero();
        OutboxMessage waiting = rows.findByCaseIdOrderByIdAsc(cases.findByNumber(number).orElseThrow().getId()).get(0);
        assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(2);
        assertThat(waiting.getLastError()).isNotBlank();

        smtp.start();
        awaitMail(DANA, subjectHas(number, "We have received your request"));
        for (int i = 0; i < 3; i++) {
            sender.sendDue();
        }
        // The acknowledgement, once (other notices of the case, e.g. an SLA step the job executor ran
        // meanwhile, may have arrived since the server is back).
        assertThat(mailsTo(DANA).stream().filter(subjectHas(number, "We have received your request"))).hasSize(1);
        assertThat(rows.findById(waiting.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void twoSendersRacingSendEachMailOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 30; i++) {
                ids.add(outbox.enqueue(new Outbox.Mail("TEST", null, null, List.of("race@acme.example"),
                        "Race " + i, "Body " + i, null, true, null)).getMessageId());
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> drain = sender::sendDue;
            List<Future<Integer>> results = pool.invokeAll(List.of(drain, drain));
            int accepted = 0;
            for (Future<Integer> result : results) {
                accepted += result.get();
            }
            assertThat(accepted).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        List<String> delivered = mailsTo("race@acme.example").stream().map(OutboxIntegrationTest::messageId).toList();
        assertThat(delivered).hasSize(30).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void lineBreaksInSubjectsAndAddressesAddNoHeaderAndNoRecipient() throws Exception {
        var injected = transactions.execute(status -> outbox.enqueue(new Outbox.Mail("TEST", null, null,
                List.of("lee@acme.example"), "Hello\r\nBcc: evil@attacker.example\r\nX-Injected: yes", "Body", null,
                false, null)));
        var badAddress = transactions.execute(status -> outbox.enqueue(new Outbox.Mail("TEST", null, null,
                List.of("lee@acme.example\r\nBcc: evil@attacker.example"), "Hello", "Body", null, false, null)));
        sender.sendDue();

        MimeMessage received = awaitMail("lee@acme.example", m -> messageId(m).equals(injected.getMessageId()));
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(received.getHeader("X-Injected")).isNull();
        assertThat(received.getSubject()).isEqualTo("Hello Bcc: evil@attacker.example X-Injected: yes");
        assertThat(mailsTo("evil@attacker.example")).isEmpty();
        assertThat(rows.findById(badAddress.getId()).orElseThrow()).satisfies(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.FAILED);
            assertThat(row.getLastError()).startsWith("No valid recipient address");
        });
    }

    @Test
    void administratorsSeeFailedMailAndSendItAgain() throws Exception {
        smtp.stop();
        var queued = transactions.execute(status -> outbox.enqueue(new Outbox.Mail("TEST", null, null,
                List.of("pat@acme.example"), "Will fail first", "Body", null, true, null)));
        for (int attempt = 0; attempt < 3; attempt++) {
            sender.sendDue();
        }
        assertThat(rows.findById(queued.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.FAILED);

        var failed = get("/api/admin/outbox?status=failed&size=200", "admin", "admin");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.json().path("content").findValuesAsText("id")).contains(String.valueOf(queued.getId()));
        assertThat(get("/api/admin/outbox?status=failed", "analyst", "analyst").status()).isEqualTo(403);
        var badStatus = get("/api/admin/outbox?status=lost", "admin", "admin");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().path("errors").get(0).path("field").asText()).isEqualTo("status");
        var metrics = get("/actuator/prometheus", "admin", "admin");
        assertThat(metrics.body()).containsPattern("casedesk_outbox_messages\\{[^}]*status=\"failed\"[^}]*\\} [1-9]");

        smtp.start();
        var retried = post("/api/admin/outbox/" + queued.getId() + "/retry", "admin", "admin", "");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("status").asText()).isEqualTo("pending");
        assertThat(post("/api/admin/outbox/" + queued.getId() + "/retry", "admin", "admin", "").status()).isEqualTo(409);
        MimeMessage delivered = awaitMail("pat@acme.example", m -> subject(m).equals("Will fail first"));
        assertThat(messageId(delivered)).isEqualTo(queued.getMessageId());
    }

    /** A receiver of webhook calls on this machine: answers with the queued statuses, then 204. */
    static final class Receiver implements AutoCloseable {

        record Call(Map<String, String> headers, String body) {
        }

        final List<Call> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.Deque<Integer> answers = new java.util.concurrent.ConcurrentLinkedDeque<>();
        final com.sun.net.httpserver.HttpServer server;

        Receiver() throws IOException {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
                calls.add(new Call(headers, new String(exchange.getRequestBody().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)));
                Integer answer = answers.poll();
                exchange.sendResponseHeaders(answer == null ? 204 : answer, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void webhooksGetSignedCallsRetriedUntilTheyAnswerAndLogged() throws Exception {
        try (Receiver receiver = new Receiver()) {
            assertThat(post("/api/admin/webhooks", "analyst", "analyst", Map.of("url", receiver.url())).status())
                    .isEqualTo(403);
            var badUrl = post("/api/admin/webhooks", "admin", "admin", Map.of("url", "ftp://files.example/x"));
            assertThat(badUrl.status()).isEqualTo(400);
            assertThat(badUrl.json().path("errors").get(0).path("field").asText()).isEqualTo("url");
            var badEvent = post("/api/admin/webhooks", "admin", "admin", Map.of("url", receiver.url(),
                    "events", List.of("case.deleted")));
            assertThat(badEvent.status()).isEqualTo(400);
            assertThat(badEvent.json().path("errors").get(0).path("field").asText()).isEqualTo("events");

            var registered = post("/api/admin/webhooks", "admin", "admin", Map.of("url", receiver.url(),
                    "events", List.of("case.opened", "case.status-changed")));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            long webhookId = registered.json().path("id").asLong();
            String secret = registered.json().path("secret").asText();
            assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
            assertThat(get("/api/admin/webhooks", "admin", "admin").json().findValuesAsText("secret")).isEmpty();

            receiver.answers.add(500);
            String number = openCase("Webhook case");
            Instant until = Instant.now().plus(Duration.ofSeconds(30));
            while (receiver.calls.stream().noneMatch(c -> c.body().contains(number) && c.headers().get("X-Casedesk-Event")
                    .equals("case.opened") && receiver.calls.size() >= 2) && Instant.now().isBefore(until)) {
                sender.sendDue();
                Thread.sleep(200);
            }
            List<Receiver.Call> opened = receiver.calls.stream()
                    .filter(c -> "case.opened".equals(c.headers().get("X-Casedesk-Event"))).toList();
            assertThat(opened).as("refused with 500 once, then accepted").hasSize(2);
            assertThat(opened.get(0).headers().get("X-Casedesk-Delivery"))
                    .isEqualTo(opened.get(1).headers().get("X-Casedesk-Delivery"));
            for (Receiver.Call call : opened) {
                String timestamp = call.headers().get("X-Casedesk-Timestamp");
                assertThat(call.headers().get("X-Casedesk-Signature"))
                        .isEqualTo("sha256=" + hmac(secret, timestamp + "." + call.body()));
            }
            var payload = json.readTree(opened.get(1).body());
            assertThat(payload.path("type").asText()).isEqualTo("case.opened");
            assertThat(payload.path("data").path("caseNumber").asText()).isEqualTo(number);
            assertThat(payload.path("data").path("status").asText()).isEqualTo("OPEN");
            assertThat(opened.get(1).body()).as("no customer text in a webhook").doesNotContain("Webhook case");

            staff(number, "respond", Map.of("reply", "On it."));
            until = Instant.now().plus(Duration.ofSeconds(30));
            while (receiver.calls.stream().noneMatch(c -> "case.status-changed".equals(c.headers().get("X-Casedesk-Event")))
                    && Instant.now().isBefore(until)) {
                sender.sendDue();
                Thread.sleep(200);
            }
            var changed = json.readTree(receiver.calls.stream()
                    .filter(c -> "case.status-changed".equals(c.headers().get("X-Casedesk-Event"))).findFirst()
                    .orElseThrow().body());
            assertThat(changed.path("data").path("from").asText()).isEqualTo("OPEN");
            assertThat(changed.path("data").path("to").asText()).isEqualTo("IN_PROGRESS");

            var log = get("/api/admin/webhooks/" + webhookId + "/deliveries", "admin", "admin").json().path("content");
            var openedLog = java.util.stream.StreamSupport.stream(log.spliterator(), false)
                    .filter(d -> d.path("event").asText().equals("case.opened")).findFirst().orElseThrow();
            assertThat(openedLog.path("status").asText()).isEqualTo("sent");
            assertThat(openedLog.path("attempts").asInt()).isEqualTo(2);
            assertThat(openedLog.path("responseStatus").asInt()).isEqualTo(204);

            assertThat(delete("/api/admin/webhooks/" + webhookId).json().path("active").asBoolean()).isFalse();
            int before = receiver.calls.size();
            openCase("After the webhook was removed");
            sender.sendDue();
            assertThat(receiver.calls).hasSize(before);
        }
    }

    private Reply delete(String path) {
        return send(request(path, "admin", "admin").DELETE());
    }

    private static String hmac(String secret, String text) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    // --- helpers ---

    private String openCase(String subject) {
        var created = post("/api/customer/cases", DANA, "customer", Map.of("subject", subject,
                "description", "Written by OutboxIntegrationTest.", "category", "Question", "priority", "P3",
                "environment", "TEST"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("number").asText();
    }

    private Reply staff(String number, String action, Map<String, Object> body) {
        Reply reply = post("/api/cases/" + number + "/" + action, "analyst", "analyst", body);
        assertThat(reply.status()).as("%s %s: %s", action, number, reply.body()).isLessThan(300);
        return reply;
    }

    private void runReminderTimer(long caseId) {
        String instance = cases.findById(caseId).orElseThrow().getProcessInstanceId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers()
                .activityId("Timer_PendingReminderDue").singleResult();
        assertThat(timer).as("the reminder timer of case %d", caseId).isNotNull();
        management.executeJob(timer.getId());
    }

    /** Mail intake held a stranger's mail for review: the stranger gets one automatic answer saying how to get access. */
    @Test
    void anUnknownSenderIsToldHowToGetAccess() throws Exception {
        transactions.executeWithoutResult(status -> events.publishEvent(new io.casedesk.intake.AccessInstructionsDue(
                "stranger@elsewhere.example", "Sam <b>Stranger</b>", "Printer on fire\r\nBcc: victim@example.com", "<x@elsewhere>")));

        MimeMessage answer = awaitMail("stranger@elsewhere.example", m -> subject(m).startsWith("Re: Printer on fire"));
        assertThat(answer.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(answer.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(mailsTo("victim@example.com")).isEmpty();
        assertThat(GreenMailUtil.getBody(answer)).contains("not registered with us").contains("designated support contact");
    }

    private List<MimeMessage> awaitMails(String recipient, Predicate<MimeMessage> which, int count)
            throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        List<MimeMessage> found = List.of();
        while (Instant.now().isBefore(until)) {
            sender.sendDue();
            found = mailsTo(recipient).stream().filter(which).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Expected " + count + " such mails to " + recipient + ", got " + found.size());
    }

    private MimeMessage awaitMail(String recipient, Predicate<MimeMessage> which) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            sender.sendDue();
            var found = mailsTo(recipient).stream().filter(which).reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No such mail to " + recipient + "; received: "
                + mailsTo(recipient).stream().map(OutboxIntegrationTest::subject).toList());
    }

    private static List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getRecipients(Message.RecipientType.TO);
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    private static Predicate<MimeMessage> subjectHas(String number, String text) {
        return m -> subject(m).startsWith("[" + number + "]") && subject(m).contains(text);
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
