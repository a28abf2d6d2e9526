package io.casedesk.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;

/**
 * The key that makes processing a mail idempotent: its Message-ID, or, when it has none (or one too
 * long to store), a SHA-256 over the headers a relay does not change (From, To, Cc, Date, Subject)
 * and the body. A relay adds Received headers, so the whole raw mail would not do.
 */
final class MailKeys {

    private static final int MAX_ID_LENGTH = 250;
    private static final String[] STABLE_HEADERS = { "From", "To", "Cc", "Date", "Subject" };

    static String keyOf(byte[] raw) {
        String messageId = MailParser.messageIdOf(raw);
        if (messageId != null && messageId.length() <= MAX_ID_LENGTH) {
            return messageId;
        }
        MessageDigest sha = sha256();
        if (messageId != null) {
            sha.update(messageId.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        }
        try {
            var headers = new InternetHeaders(new ByteArrayInputStream(raw));
            for (String name : STABLE_HEADERS) {
                String value = headers.getHeader(name, ",");
                sha.update((name + ":" + (value == null ? "" : value.strip()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (MessagingException | RuntimeException e) {
            // headers unreadable: the body (here the whole mail) alone decides
        }
        int body = bodyStart(raw);
        sha.update(raw, body, raw.length - body);
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    /** Where the body begins: after the first empty line, or 0 when there is none. */
    private static int bodyStart(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && raw[i + 1] == '\n') {
                return i + 2;
            }
            if (raw[i] == '\n' && raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n') {
                return i + 3;
            }
        }
        return 0;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private MailKeys() {
    }
}
