package io.casedesk.notify;

import java.io.UnsupportedEncodingException;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Builds the MIME message of an outbox row: text and HTML alternatives, our headers, the row's fixed Message-ID. */
@Component
class OutboxMimeMessages {

    private final JavaMailSender sender;
    private final CasedeskMailProperties properties;

    OutboxMimeMessages(JavaMailSender sender, CasedeskMailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    MimeMessage build(OutboxMessage row) throws MessagingException {
        Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession()
                : Session.getInstance(new Properties());
        MimeMessage mime = new FixedIdMimeMessage(session, row.getMessageId());
        boolean html = row.getHtmlBody() != null && !row.getHtmlBody().isBlank();
        MimeMessageHelper helper = new MimeMessageHelper(mime, html ? MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED
                : MimeMessageHelper.MULTIPART_MODE_NO, "UTF-8");
        try {
            helper.setFrom(new InternetAddress(properties.from(), MailHeaders.oneLine(properties.fromName()), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
        helper.setTo(InternetAddress.parse(row.getRecipients(), true));
        // setSubject with a charset: Jakarta Mail encodes non-ASCII words (RFC 2047) and folds the line.
        mime.setSubject(MailHeaders.oneLine(row.getSubject()), "UTF-8");
        if (html) {
            helper.setText(row.getTextBody(), row.getHtmlBody());
        } else {
            helper.setText(row.getTextBody());
        }
        if (row.getInReplyTo() != null) {
            mime.setHeader("In-Reply-To", row.getInReplyTo());
        }
        if (row.getReferences() != null) {
            mime.setHeader("References", row.getReferences());
        }
        if (row.isAutomatic()) {
            // RFC 3834: auto-responders must not answer this mail (no out-of-office loops).
            mime.setHeader("Auto-Submitted", "auto-generated");
        }
        if (row.getCaseNumber() != null) {
            mime.setHeader("X-Casedesk-Case", row.getCaseNumber());
        }
        return mime;
    }

    /** Keeps the Message-ID fixed when the message is saved: every attempt is the same message. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
