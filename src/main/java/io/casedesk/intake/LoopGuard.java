package io.casedesk.intake;

import java.util.Locale;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Recognises automatic mail, which is never answered and never opens a case: auto-replies (RFC 3834
 * {@code Auto-Submitted}, the older {@code X-Autoreply}/{@code X-Autorespond}), bulk and list mail
 * ({@code Precedence}, {@code List-Id}), and bounces (an empty return path, a mailer daemon). Without
 * this an out-of-office reply to our acknowledgement would open a case and be acknowledged in turn.
 */
final class LoopGuard {

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon");

    /** Why the mail is automatic, or null when it reads as written by a person. */
    static String automatic(MimeMessage message) throws MessagingException {
        String autoSubmitted = first(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.toLowerCase(Locale.ROOT).startsWith("no")) {
            return "Auto-Submitted: " + autoSubmitted;
        }
        for (String header : new String[] { "X-Autoreply", "X-Autorespond", "X-Autoresponder" }) {
            if (first(message, header) != null) {
                return header + " header";
            }
        }
        String precedence = first(message, "Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(precedence.toLowerCase(Locale.ROOT))) {
            return "Precedence: " + precedence;
        }
        if (first(message, "List-Id") != null) {
            return "mailing list (List-Id)";
        }
        String returnPath = first(message, "Return-Path");
        if (returnPath != null && returnPath.replace(" ", "").equals("<>")) {
            return "empty return path (a bounce)";
        }
        String from = first(message, "From");
        if (from != null) {
            String lower = from.toLowerCase(Locale.ROOT);
            for (String daemon : DAEMONS) {
                if (lower.contains(daemon + "@")) {
                    return "sent by a mailer daemon";
                }
            }
        }
        return null;
    }

    private static String first(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
    }

    private LoopGuard() {
    }
}
