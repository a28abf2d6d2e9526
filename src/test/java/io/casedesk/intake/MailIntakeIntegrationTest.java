package io.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.casedesk.IntegrationTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

/**
 * Mail intake end to end against a real IMAP server (GreenMail, a fresh one per test): mail from a
 * registered contact opens a case, replies thread, one mail never makes two cases (delivered twice,
 * or read again after a crash between commit and marking), unknown senders are held for review and
 * answered once, out-of-office replies create nothing. The test polls the mailbox itself instead of
 * waiting for the timer (which the it profile switches off).
 */
@RecordApplicationEvents
class MailIntakeIntegrationTest extends IntegrationTest {

    private static final String SUPPORT = "support@casedesk.local";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withPerMethodLifecycle(true);

    @Autowired
    MailboxPoller poller;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private GreenMailUser support;
    private IntakeProperties.Mailbox mailbox;

    @BeforeEach
    void mailbox() {
        support = greenMail.setUser(SUPPORT, SUPPORT, "secret");
        mailbox = new IntakeProperties.Mailbox("it-" + UUID.randomUUID(), "127.0.0.1", greenMail.getImap().getPort(),
                false, SUPPORT, "secret", "INBOX", Duration.ofSeconds(1));
    }

    @AfterEach
    void noCrash() {
        poller.betweenCommitAndMark = () -> {
        };
    }

    @Test
    void aMailFromAContactOpensACaseWithChannelEmailAndIsMarkedReadAfterwards() throws Exception {
        String subject = "Printer queue stuck " + UUID.randomUUID();
        deliver(mail("Lee Licensed <lee@acme.example>", subject, "Jobs stay in the queue since 9:00.", null));

        assertThat(poller.poll(mailbox)).containsExactly(IntakeOutcome.CASE_OPENED);

        Map<String, Object> opened = caseWithSubject(subject);
        assertThat(opened).containsEntry("CHANNEL", "EMAIL").containsEntry("REQUESTER_EMAIL", "lee@acme.example")
                .containsEntry("STATUS", "OPEN").containsEntry("DESCRIPTION", "Jobs stay in the queue since 9:00.");
        assertThat(opened.get("REQUESTER_ID")).isNotNull();
        assertThat(opened.get("PROCESS_INSTANCE_ID")).as("the lifecycle started with it").isNotNull();
        assertThat(unread()).isZero();
        assertThat(poller.poll(mailbox)).as("nothing left to read").isEmpty();
    }

    @Test
    void aReplyThreadsByTheNumberInTheSubjectOrByOurMessageId() throws Exception {
        String subject = "Sync fails " + UUID.randomUUID();
        deliver(mail("Dana <dana@acme.example>", subject, "Sync fails with code 7.", null));
        poller.poll(mailbox);
        String number = (String) caseWithSubject(subject).get("CASE_NUMBER");

        deliver(mail("Dana <dana@acme.example>", "Re: [" + number + "] " + subject, "It also fails on Tuesday.", null));
        deliver(mail("Dana <dana@acme.example>", "Re: " + subject, "And the log says timeout.",
                "In-Reply-To: <" + UUID.randomUUID() + "." + number + "@casedesk.local>\r\n"));

        assertThat(poller.poll(mailbox)).containsExactly(IntakeOutcome.REPLY_ADDED, IntakeOutcome.REPLY_ADDED);
        assertThat(messages(number)).containsExactly("It also fails on Tuesday.", "And the log says timeout.");
        assertThat(jdbc.queryForList("select channel from cd_case_message where case_id = ?", String.class,
                caseId(number))).containsOnly("EMAIL");
        assertThat(casesWithSubjectLike(subject)).as("no second case").isEqualTo(1);
    }

    @Test
    void aCaseTheSenderMayNotSeeIsNotThreadedIntoButOpensTheirOwn() throws Exception {
        String subject = "Acme only " + UUID.randomUUID();
        deliver(mail("Dana <dana@acme.example>", subject, "Internal to Acme.", null));
        poller.poll(mailbox);
        String number = (String) caseWithSubject(subject).get("CASE_NUMBER");

        deliver(mail("Sam <sam@globex.example>", "Re: [" + number + "] " + subject, "Let me in.", null));

        assertThat(poller.poll(mailbox)).containsExactly(IntakeOutcome.CASE_OPENED);
        assertThat(messages(number)).isEmpty();
        assertThat(caseWithSubject("Re: [" + number + "] " + subject)).containsEntry("REQUESTER_EMAIL", "sam@globex.example");
    }

    @Test
    void aMailedReplyToAPendingCaseResumesIt() throws Exception {
        String subject = "Need logs " + UUID.randomUUID();
        deliver(mail("Dana <dana@acme.example>", subject, "The import hangs.", null));
        poller.poll(mailbox);
        String number = (String) caseWithSubject(subject).get("CASE_NUMBER");
        staff(number, "respond", Map.of("reply", "We are looking into it."));
        staff(number, "pending", Map.of("reason", "Please send the server log"));
        assertThat(status(number)).isEqualTo("PENDING");

        deliver(mail("Dana <dana@acme.example>", "Re: [" + number + "] " + subject, "Here is the log.", null));

        assertThat(poller.poll(mailbox)).containsExactly(IntakeOutcome.REPLY_ADDED);
        assertThat(status(number)).isEqualTo("IN_PROGRESS");
        assertThat(messages(number)).contains("Here is the log.");
    }

    @Test
    void aReplyToAClosedCaseOpensAFollowUp() throws Exception {
        String subject = "Closed already " + UUID.randomUUID();
        deliver(mail("Dana <dana@acme.example>", subject, "Is this a bug?", null));
        poller.poll(mailbox);
        String number = (String) caseWithSubject(subject).get("CASE_NUMBER");
        staff(number, "respond", Map.of("reply", "It works as designed."));
        staff(number, "close", Map.of("reason", "NOT_A_DEFECT"));
        assertThat(status(number)).isEqualTo("CLOSED");

        deliver(mail("Dana <dana@acme.example>", "Re: [" + number + "] " + subject, "But it still happens.", null));

        assertThat(poller.poll(mailbox)).containsExactly(IntakeOutcome.CASE_OPENED);
        assertThat(messages(number)).as("the closed case takes nothing").doesNotContain("But it still happens.");
        assertThat((String) caseWithSubject("Re: [" + number + "] " + subject).get("DESCRIPTION"))
                .startsWith("Follow-up to " + number + ", which is closed.").endsWith("But it still happens.");
    }

    @Test
    void theSameMailDeliveredTwiceYieldsOneCase() throws Exception {
        String subject = "Delivered twice " + UUID.randomUUID();
        byte[] raw = mail("Dana <dana@acme.example>", subject, "Once is enough.", null);
        deliver(raw);
        deliver(raw);

        assertThat(poller.poll(mailbox)).containsExactly(IntakeOutcome.CASE_OPENED, IntakeOutcome.DUPLICATE);

        assertThat(casesWithSubjectLike(subject)).isEqualTo(1);
        assertThat(unread()).isZero();
    }

    @Test
    void aCrashBetweenCommitAndMarkingYieldsOneCase() throws Exception {
        String subject = "Crash in between " + UUID.randomUUID();
        deliver(mail("Dana <dana@acme.example>", subject, "Do not lose me, do not double me.", null));
        poller.betweenCommitAndMark = () -> {
            throw new IllegalStateException("node stopped after the commit, before marking the mail");
        };

        assertThatThrownBy(() -> poller.poll(mailbox)).hasMessageContaining("node stopped");
        assertThat(casesWithSubjectLike(subject)).as("committed").isEqualTo(1);
        assertThat(unread()).as("not marked").isEqualTo(1);

        poller.betweenCommitAndMark = () -> {
        };
        assertThat(poller.poll(mailbox)).containsExactly(IntakeOutcome.DUPLICATE);
        assertThat(casesWithSubjectLike(subject)).as("still one case").isEqualTo(1);
        assertThat(unread()).isZero();
    }

    @Test
    void anUnknownSenderLandsInReviewGetsOneAnswerAndStaffDecide() throws Exception {
        String stranger = "stranger-" + UUID.randomUUID() + "@example.org";
        String subject = "Please help " + UUID.randomUUID();
        deliver(withAttachment("Stranger <" + stranger + ">", subject, "Our system is down.", "screenshot.txt"));
        deliver(mail("Stranger <" + stranger + ">", subject + " (again)", "Still down.", null));

        assertThat(poller.poll(mailbox)).containsExactly(IntakeOutcome.HELD_FOR_REVIEW, IntakeOutcome.HELD_FOR_REVIEW);
        assertThat(casesWithSubjectLike(subject)).isZero();
        assertThat(events.stream(AccessInstructionsDue.class).filter(event -> event.email().equals(stranger)))
                .singleElement().satisfies(event -> {
                    assertThat(event.name()).isEqualTo("Stranger");
                    assertThat(event.originalSubject()).isEqualTo(subject);
                    assertThat(event.originalMessageId()).isNotBlank();
                });

        var queue = get("/api/intake/review?size=200", "analyst", "analyst");
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        var held = queue.json().get("content").findParents("fromAddress").stream()
                .filter(item -> item.get("fromAddress").asText().equals(stranger)).toList();
        assertThat(held).hasSize(2);
        assertThat(held).allSatisfy(item -> assertThat(item.get("reason").asText()).contains("not a registered contact"));
        long first = held.stream().filter(item -> item.get("subject").asText().equals(subject)).findFirst().orElseThrow()
                .get("id").asLong();
        long second = held.stream().filter(item -> !item.get("subject").asText().equals(subject)).findFirst().orElseThrow()
                .get("id").asLong();

        assertThat(get("/api/intake/review", "dana@acme.example", "customer").status()).as("customers never").isEqualTo(403);

        var opened = post("/api/intake/review/" + first + "/case", "analyst", "analyst",
                Map.of("contactEmail", "dana@acme.example"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String number = opened.json().get("caseNumber").asText();
        assertThat(caseWithSubject(subject)).containsEntry("CASE_NUMBER", number).containsEntry("CHANNEL", "EMAIL")
                .containsEntry("REQUESTER_EMAIL", "dana@acme.example");
        assertThat(opened.json().get("item").get("status").asText()).isEqualTo("CASE_OPENED");
        assertThat(post("/api/intake/review/" + first + "/case", "analyst", "analyst",
                Map.of("contactEmail", "dana@acme.example")).status()).as("decided once").isEqualTo(409);

        assertThat(jdbc.queryForList("select file_name from cd_case_attachment where case_id = ?", String.class,
                caseId(number))).as("the held mail's attachment").containsExactly("screenshot.txt");

        var unknownContact = post("/api/intake/review/" + second + "/case", "analyst", "analyst",
                Map.of("contactEmail", "nobody@example.org"));
        assertThat(unknownContact.status()).isEqualTo(400);
        assertThat(unknownContact.json().get("errors").get(0).get("field").asText()).isEqualTo("contactEmail");
        var noReason = post("/api/intake/review/" + second + "/discard", "analyst", "analyst", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.header("Content-Type")).startsWith("application/problem+json");
        var discarded = post("/api/intake/review/" + second + "/discard", "analyst", "analyst",
                Map.of("reason", "Duplicate of the first mail"));
        assertThat(discarded.status()).as(discarded.body()).isEqualTo(200);
        assertThat(discarded.json().get("status").asText()).isEqualTo("DISCARDED");
        assertThat(discarded.json().get("discardReason").asText()).isEqualTo("Duplicate of the first mail");
    }

    @Test
    void anOutOfOfficeReplyToOurAcknowledgementCreatesNothing() throws Exception {
        String subject = "Before the holidays " + UUID.randomUUID();
        deliver(mail("Dana <dana@acme.example>", subject, "Please check the backups.", null));
        poller.poll(mailbox);
        String number = (String) caseWithSubject(subject).get("CASE_NUMBER");
        long casesBefore = jdbc.queryForObject("select count(*) from cd_case", Long.class);

        deliver(MailFixtures.load("out-of-office.eml", number));

        assertThat(poller.poll(mailbox)).containsExactly(IntakeOutcome.IGNORED);
        assertThat(jdbc.queryForObject("select count(*) from cd_case", Long.class)).isEqualTo(casesBefore);
        assertThat(messages(number)).isEmpty();
        assertThat(events.stream(AccessInstructionsDue.class)).isEmpty();
        assertThat(unread()).isZero();
    }

    @Test
    void anUnreachableMailboxIsReportedAndNothingIsMarked() {
        var nowhere = new IntakeProperties.Mailbox("nowhere", "127.0.0.1", 1, false, SUPPORT, "secret", "INBOX",
                Duration.ofSeconds(1));
        assertThatThrownBy(() -> poller.poll(nowhere)).isInstanceOf(jakarta.mail.MessagingException.class);
    }

    // --- helpers ---

    private static byte[] mail(String from, String subject, String body, String extraHeaders) {
        String raw = "Message-ID: <" + UUID.randomUUID() + "@client.example>\r\n"
                + "Date: Wed, 2 Dec 2026 09:00:00 +0000\r\n"
                + "From: " + from + "\r\n"
                + "To: " + SUPPORT + "\r\n"
                + "Subject: " + subject + "\r\n"
                + (extraHeaders == null ? "" : extraHeaders)
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + body + "\r\n";
        return raw.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withAttachment(String from, String subject, String body, String fileName) {
        String raw = "Message-ID: <" + UUID.randomUUID() + "@client.example>\r\n"
                + "From: " + from + "\r\nTo: " + SUPPORT + "\r\nSubject: " + subject + "\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
                + "--b1\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"" + fileName + "\"\r\n\r\n"
                + "error 500 at 09:14\r\n--b1--\r\n";
        return raw.getBytes(StandardCharsets.UTF_8);
    }

    private void deliver(byte[] raw) throws Exception {
        support.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }

    private int unread() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), SUPPORT, "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private Map<String, Object> caseWithSubject(String subject) {
        return jdbc.queryForMap("select * from cd_case where subject = ?", subject);
    }

    private long casesWithSubjectLike(String subject) {
        return jdbc.queryForObject("select count(*) from cd_case where subject like ?", Long.class, "%" + subject + "%");
    }

    private List<String> messages(String number) {
        return jdbc.queryForList("select body from cd_case_message where case_id = ? order by id", String.class,
                caseId(number));
    }

    private long caseId(String number) {
        return jdbc.queryForObject("select id from cd_case where case_number = ?", Long.class, number);
    }

    private String status(String number) {
        return jdbc.queryForObject("select status from cd_case where case_number = ?", String.class, number);
    }

    private void staff(String number, String action, Map<String, ?> body) {
        var reply = post("/api/cases/" + number + "/" + action, "analyst", "analyst", body);
        assertThat(reply.status()).as(action + ": " + reply.body()).isEqualTo(200);
    }
}
