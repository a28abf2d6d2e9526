package io.casedesk.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Header values on the wire: the subject stays one header, recipients stay the ones given. */
class MailHeadersTest {

    private final CasedeskMailProperties properties = new CasedeskMailProperties(null, "Support\r\nBcc: x@evil.example",
            "casedesk.test", null, null, null, null, null);
    private final OutboxMimeMessages mimeMessages = new OutboxMimeMessages(new JavaMailSenderImpl(), properties);

    @Test
    void aSubjectWithLineBreaksCannotAddHeaders() throws Exception {
        String subject = MailHeaders.subject("CASE-10001", "Help\r\nBcc: evil@attacker.example\nX-Evil: yes");
        MimeMessage mime = mimeMessages.build(row(subject, "dana@acme.example"));
        String wire = wire(mime);

        assertThat(mime.getHeader("Bcc")).isNull();
        assertThat(mime.getHeader("X-Evil")).isNull();
        assertThat(mime.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("dana@acme.example");
        assertThat(mime.getSubject()).isEqualTo("[CASE-10001] Help Bcc: evil@attacker.example X-Evil: yes");
        assertThat(wire).doesNotContain("\r\nBcc:").doesNotContain("\nBcc:").doesNotContain("\r\nX-Evil:");
        // The From name had a line break too; it is one encoded phrase.
        assertThat(mime.getFrom()[0].toString()).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void nonAsciiSubjectsAreEncodedWords() throws Exception {
        MimeMessage mime = mimeMessages.build(row(MailHeaders.subject("CASE-10002", "Überweisung schlägt fehl"),
                "dana@acme.example"));
        assertThat(wire(mime)).contains("Subject: =?UTF-8?");
        assertThat(mime.getSubject()).isEqualTo("[CASE-10002] Überweisung schlägt fehl");
    }

    @Test
    void onlySingleBareAddressesAreRecipients() {
        assertThat(MailHeaders.address("dana@acme.example")).contains("dana@acme.example");
        assertThat(MailHeaders.address(" lee@acme.example ")).contains("lee@acme.example");
        assertThat(MailHeaders.address("dana@acme.example\r\nBcc: evil@attacker.example")).isEmpty();
        assertThat(MailHeaders.address("dana@acme.example, evil@attacker.example")).isEmpty();
        assertThat(MailHeaders.address("Evil <evil@attacker.example>")).isEmpty();
        assertThat(MailHeaders.address("not an address")).isEmpty();
        assertThat(MailHeaders.address(null)).isEmpty();
    }

    @Test
    void ourMessageIdsCarryTheCaseNumberForIntake() {
        String id = MessageIds.next("CASE-10001", "casedesk.test");
        assertThat(id).matches("<[0-9a-f-]{36}\\.CASE-10001@casedesk\\.test>");
        assertThat(MessageIds.caseNumber(id, "casedesk.test")).contains("CASE-10001");
        assertThat(MessageIds.caseNumber(id, "other.example")).isEmpty();
        assertThat(MessageIds.caseNumber("<abc@mail.example>", "casedesk.test")).isEmpty();
        assertThat(MessageIds.next(null, "casedesk.test")).matches("<[0-9a-f-]{36}@casedesk\\.test>");
    }

    @Test
    void theMessageIdIsTheRowsOnEverySave() throws Exception {
        OutboxMessage row = row("[CASE-10001] Hello", "dana@acme.example");
        MimeMessage first = mimeMessages.build(row);
        first.saveChanges();
        MimeMessage second = mimeMessages.build(row);
        second.saveChanges();
        assertThat(first.getMessageID()).isEqualTo(row.getMessageId()).isEqualTo(second.getMessageID());
    }

    @Test
    void automaticMailSaysSoAndThreadsUnderTheCase() throws Exception {
        OutboxMessage row = new OutboxMessage("REMINDER", 1L, "CASE-10001", "dana@acme.example", "[CASE-10001] Hi",
                "text", "<p>html</p>", "<b@casedesk.test>", "<a@casedesk.test>", "<z@casedesk.test> <a@casedesk.test>",
                true, null, Instant.now());
        MimeMessage mime = mimeMessages.build(row);
        assertThat(mime.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(mime.getHeader("In-Reply-To", null)).isEqualTo("<a@casedesk.test>");
        assertThat(mime.getHeader("References", null)).isEqualTo("<z@casedesk.test> <a@casedesk.test>");
    }

    private static OutboxMessage row(String subject, String recipient) {
        return new OutboxMessage("REPLY", 1L, "CASE-10001", recipient, subject, "Hello", "<p>Hello</p>",
                MessageIds.next("CASE-10001", "casedesk.test"), null, null, false, null, Instant.now());
    }

    private static String wire(MimeMessage mime) throws Exception {
        mime.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mime.writeTo(out);
        return out.toString(StandardCharsets.US_ASCII);
    }
}
