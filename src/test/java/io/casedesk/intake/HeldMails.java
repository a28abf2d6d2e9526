package io.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Properties;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Test data for other modules' tests: a mail taken through mail intake exactly as the poller takes
 * it from a mailbox, so it lands in the review queue or in quarantine as real mail does.
 */
public final class HeldMails {

    private static final String MAILBOX = "support";

    /**
     * A mail from a sender who is no contact, held for review; returns the review item's id.
     *
     * @param attachments file names and contents, in order
     */
    public static long holdForReview(ApplicationContext context, String fromName, String fromAddress, String subject,
            String text, Map<String, byte[]> attachments) {
        byte[] raw = mail(fromName, fromAddress, subject, text, attachments);
        assertThat(context.getBean(MailIntake.class).receive(MAILBOX, raw)).isEqualTo(IntakeOutcome.HELD_FOR_REVIEW);
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select id from cd_intake_review where message_key = ?", Long.class, MailKeys.keyOf(raw));
    }

    /**
     * A mail kept whole in quarantine as from a sender over the rate limit (here: a limit of 0), with its
     * sender and subject read; returns its id and raw bytes.
     */
    public static Quarantined quarantine(ApplicationContext context, String fromAddress, String subject) {
        byte[] raw = mail(null, fromAddress, subject, "One mail too many.", Map.of());
        assertThat(context.getBean(MailIntake.class).receive(MAILBOX, raw, new MailIntake.Limits(Long.MAX_VALUE, 1_000_000, 0)))
                .isEqualTo(IntakeOutcome.QUARANTINED);
        long id = context.getBean(JdbcTemplate.class).queryForObject(
                "select id from cd_intake_quarantine where message_key = ?", Long.class, MailKeys.keyOf(raw));
        return new Quarantined(id, raw);
    }

    public record Quarantined(long id, byte[] raw) {
    }

    static byte[] mail(String fromName, String fromAddress, String subject, String text, Map<String, byte[]> attachments) {
        try {
            var message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(fromAddress, fromName, "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("support@casedesk.local"));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new java.util.Date());
            var parts = new MimeMultipart();
            var body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            parts.addBodyPart(body);
            for (var attachment : attachments.entrySet()) {
                var part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.getValue(), "application/octet-stream")));
                part.setFileName(attachment.getKey());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(part);
            }
            message.setContent(parts);
            message.saveChanges();
            var out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private HeldMails() {
    }
}
