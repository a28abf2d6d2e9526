package io.casedesk.notify;

import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Header values as Casedesk writes them. Jakarta Mail encodes non-ASCII text (RFC 2047) but lets a
 * line break through as it is; a subject or name from a customer or a model must never start a header
 * of its own (a {@code Bcc:} smuggled into a subject), so every control character becomes a space
 * first. Addresses are parsed strictly, one per value.
 */
final class MailHeaders {

    static final int MAX_SUBJECT = 500;

    private MailHeaders() {
    }

    /** One line of text: control characters (CR, LF, tab, NUL …) become single spaces. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
    }

    /** The subject of a case's mail: {@code [CASE-10001] text}, on one line. */
    static String subject(String caseNumber, String text) {
        String line = oneLine(text);
        if (caseNumber != null && !line.contains("[" + caseNumber + "]")) {
            line = "[" + caseNumber + "] " + line;
        }
        return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT);
    }

    /** A single, syntactically valid address without a name, or empty. */
    static Optional<String> address(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(c -> Character.isISOControl(c))) {
            return Optional.empty();
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(value.strip(), true);
            if (parsed.length != 1) {
                return Optional.empty();
            }
            parsed[0].validate();
            if (parsed[0].getPersonal() != null || parsed[0].isGroup()) {
                return Optional.empty();
            }
            return Optional.of(parsed[0].getAddress());
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
