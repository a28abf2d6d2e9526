package io.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.casedesk.IntegrationTest;

/**
 * Each fixture under {@code src/test/resources/mail/} through {@link MailIntake} with the outcome its
 * README names, and the guards that need no fixture: size limits, a missing sender, our own address,
 * the per-sender limit, a lapsed contract. Limits are passed in so that small fixtures can stand for
 * large mail.
 */
@RecordApplicationEvents
class MailFixturesIntegrationTest extends IntegrationTest {

    private static final MailIntake.Limits LIMITS = new MailIntake.Limits(1_000_000, 2048, 1000);

    @Autowired
    MailIntake intake;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private IntakeOutcome receive(byte[] raw) {
        return intake.receive("fixtures", raw, LIMITS);
    }

    private Map<String, Object> caseOf(byte[] raw) {
        String number = jdbc.queryForObject("select case_number from cd_intake_message where message_key = ?",
                String.class, MailKeys.keyOf(raw));
        return jdbc.queryForMap("select * from cd_case where case_number = ?", number);
    }

    @Test
    void readableMailBecomesACaseWithPlainDecodedText() {
        byte[] alternative = MailFixtures.load("alternative.eml", null);
        byte[] htmlOnly = MailFixtures.load("html-only.eml", null);
        byte[] asciiClaimed = MailFixtures.load("wrong-charset.eml", null);
        byte[] latin1 = MailFixtures.load("mislabelled-latin1.eml", null);
        byte[] unknownCharset = MailFixtures.load("unknown-charset.eml", null);

        for (byte[] raw : List.of(alternative, htmlOnly, asciiClaimed, latin1, unknownCharset)) {
            assertThat(receive(raw)).isEqualTo(IntakeOutcome.CASE_OPENED);
        }

        assertThat((String) caseOf(alternative).get("DESCRIPTION")).contains("error E42").doesNotContain("HTML VERSION");
        assertThat((String) caseOf(htmlOnly).get("DESCRIPTION")).contains("The dashboard shows <wrong> totals & counts.")
                .doesNotContain("alert").doesNotContain("<script").doesNotContain("<p>");
        assertThat(caseOf(asciiClaimed)).containsEntry("SUBJECT", "Grüße aus Köln")
                .containsEntry("DESCRIPTION", "Grüße aus Köln: the report page is blank.");
        assertThat(caseOf(latin1)).containsEntry("DESCRIPTION", "The café menu shows garbage.");
        assertThat(caseOf(unknownCharset)).containsEntry("DESCRIPTION", "The login page shows ログイン instead of Login.");
        assertThat(caseOf(alternative)).containsEntry("CHANNEL", "EMAIL").containsEntry("REQUESTER_EMAIL", "dana@acme.example");
    }

    @Test
    void attachmentsWithinTheLimitAreStoredOnTheCase() {
        byte[] raw = MailFixtures.load("encoded-filename.eml", null);
        assertThat(receive(raw)).isEqualTo(IntakeOutcome.CASE_OPENED);
        assertThat(attachments(caseOf(raw))).containsExactly("Résumé.txt");
    }

    @Test
    void anOversizedAttachmentIsLeftOffTheCaseAndTheWholeMailKeptInQuarantine() {
        byte[] raw = MailFixtures.load("oversized-attachment.eml", null);

        assertThat(receive(raw)).isEqualTo(IntakeOutcome.CASE_OPENED);

        Map<String, Object> opened = caseOf(raw);
        assertThat(attachments(opened)).containsExactly("service.log");
        Map<String, Object> kept = quarantined(raw);
        assertThat((String) kept.get("REASON")).contains("core.dump (3000 bytes)").contains("2048");
        assertThat(kept).containsEntry("CASE_NUMBER", opened.get("CASE_NUMBER"));
        assertRawDownload(kept, raw);
    }

    @Test
    void malformedMimeIsKeptWholeInQuarantineAndListedForStaff() {
        byte[] raw = MailFixtures.load("malformed-mime.eml", null);
        long cases = jdbc.queryForObject("select count(*) from cd_case", Long.class);
        double quarantinedBefore = meters.counter(MailIntake.METRIC, "outcome", "QUARANTINED").count();

        assertThat(receive(raw)).isEqualTo(IntakeOutcome.QUARANTINED);

        assertThat(jdbc.queryForObject("select count(*) from cd_case", Long.class)).isEqualTo(cases);
        assertThat(meters.counter(MailIntake.METRIC, "outcome", "QUARANTINED").count()).isEqualTo(quarantinedBefore + 1);
        Map<String, Object> kept = quarantined(raw);
        assertThat((String) kept.get("REASON")).contains("cannot be read").contains("boundary");
        var list = get("/api/intake/quarantine?size=200", "analyst", "analyst");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("content").findValuesAsText("id")).contains(String.valueOf(kept.get("ID")));
        assertRawDownload(kept, raw);
        assertThat(get("/api/intake/quarantine", "dana@acme.example", "customer").status()).isEqualTo(403);
        assertThat(receive(raw)).as("once only").isEqualTo(IntakeOutcome.DUPLICATE);
    }

    @Test
    void automaticMailCreatesAndAnswersNothing() {
        for (String fixture : List.of("out-of-office.eml", "mailing-list.eml")) {
            byte[] raw = MailFixtures.load(fixture, "CASE-1");
            long cases = jdbc.queryForObject("select count(*) from cd_case", Long.class);
            assertThat(receive(raw)).as(fixture).isEqualTo(IntakeOutcome.IGNORED);
            assertThat(jdbc.queryForObject("select count(*) from cd_case", Long.class)).isEqualTo(cases);
        }
        assertThat(events.stream(AccessInstructionsDue.class)).isEmpty();
    }

    @Test
    void aDeliveryStatusNotificationIsRecordedOnTheCaseItWasAbout() {
        byte[] first = MailFixtures.load("alternative.eml", null);
        receive(first);
        String number = (String) caseOf(first).get("CASE_NUMBER");

        assertThat(receive(MailFixtures.load("delivery-status.eml", number))).isEqualTo(IntakeOutcome.DELIVERY_FAILURE);

        assertThat(jdbc.queryForList("select body from cd_case_message where case_id = ? and visibility = 'INTERNAL'",
                String.class, caseOf(first).get("ID")))
                .singleElement().asString().contains("gone@acme.example").contains("550 5.1.1");
        assertThat(events.stream(MailDeliveryFailed.class)).singleElement().satisfies(failed -> {
            assertThat(failed.caseNumber()).isEqualTo(number);
            assertThat(failed.recipient()).isEqualTo("gone@acme.example");
            assertThat(failed.originalMessageId()).contains("." + number + "@casedesk.local>");
        });
        assertThat(receive(MailFixtures.load("delivery-status.eml", "CASE-999999999")))
                .as("about no known case").isEqualTo(IntakeOutcome.IGNORED);
    }

    @Test
    void guardsThatNeedNoFixture() {
        byte[] large = plain("dana@acme.example", "Large", "x".repeat(500));
        assertThat(intake.receive("fixtures", large, new MailIntake.Limits(200, 2048, 1000)))
                .isEqualTo(IntakeOutcome.QUARANTINED);
        assertThat((String) quarantined(large).get("REASON")).contains("larger than the limit");

        assertThat(receive(plain(null, "Nobody", "No sender."))).isEqualTo(IntakeOutcome.QUARANTINED);
        assertThat(receive(plain("support@casedesk.local", "Loop", "Our own."))).isEqualTo(IntakeOutcome.IGNORED);

        byte[] lapsed = plain("pat@initech.example", "Expired contract " + UUID.randomUUID(), "Help anyway?");
        assertThat(receive(lapsed)).isEqualTo(IntakeOutcome.HELD_FOR_REVIEW);
        assertThat(jdbc.queryForObject("select reason from cd_intake_review where message_key = ?", String.class,
                MailKeys.keyOf(lapsed))).contains("no valid support contract");
        assertThat(events.stream(AccessInstructionsDue.class)).as("a known contact is not told how to get access")
                .isEmpty();
    }

    @Test
    void aSenderOverTheLimitIsKeptUnanswered() {
        String flooder = "flood-" + UUID.randomUUID() + "@example.org";
        var limits = new MailIntake.Limits(1_000_000, 2048, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(intake.receive("fixtures", plain(flooder, "Mail " + i, "Text " + i), limits))
                    .isEqualTo(IntakeOutcome.HELD_FOR_REVIEW);
        }
        byte[] fourth = plain(flooder, "Mail 4", "Text 4");
        assertThat(intake.receive("fixtures", fourth, limits)).isEqualTo(IntakeOutcome.QUARANTINED);
        assertThat((String) quarantined(fourth).get("REASON")).contains("limit of 3 mails");
        assertThat(events.stream(AccessInstructionsDue.class).filter(event -> event.email().equals(flooder))).hasSize(1);
    }

    @Test
    void twoNodesTakingTheSameMailAtOnceMakeOneCase() throws Exception {
        String subject = "Taken twice at once " + UUID.randomUUID();
        byte[] raw = plain("lee@acme.example", subject, "Only one case, please.");
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> {
                start.await();
                return receive(raw);
            });
            var second = pool.submit(() -> {
                start.await();
                return receive(raw);
            });
            start.countDown();
            assertThat(List.of(first.get(60, java.util.concurrent.TimeUnit.SECONDS),
                    second.get(60, java.util.concurrent.TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(IntakeOutcome.CASE_OPENED, IntakeOutcome.DUPLICATE);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from cd_case where subject = ?", Long.class, subject)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from cd_intake_quarantine where message_key = ?", Long.class,
                MailKeys.keyOf(raw))).isZero();
    }

    // --- helpers ---

    private static byte[] plain(String from, String subject, String body) {
        return ("Message-ID: <" + UUID.randomUUID() + "@client.example>\r\n"
                + (from == null ? "" : "From: " + from + "\r\n")
                + "To: support@casedesk.local\r\nSubject: " + subject + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private List<String> attachments(Map<String, Object> supportCase) {
        return jdbc.queryForList("select file_name from cd_case_attachment where case_id = ? order by id", String.class,
                supportCase.get("ID"));
    }

    private Map<String, Object> quarantined(byte[] raw) {
        return jdbc.queryForMap("select * from cd_intake_quarantine where message_key = ?", MailKeys.keyOf(raw));
    }

    private void assertRawDownload(Map<String, Object> kept, byte[] raw) {
        var download = send(request("/api/intake/quarantine/" + kept.get("ID") + "/raw", "analyst", "analyst").GET());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.header("Content-Type")).startsWith("message/rfc822");
        assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1).length).isPositive();
        assertThat(jdbc.queryForObject("select raw from cd_intake_quarantine where id = ?", byte[].class, kept.get("ID")))
                .isEqualTo(raw);
    }
}
