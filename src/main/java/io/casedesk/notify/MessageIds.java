package io.casedesk.notify;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Casedesk's own {@code Message-ID}s: {@code <uuid.CASE-10001@domain>}, or {@code <uuid@domain>} for a
 * mail that belongs to no case. Intake reads the case number back out of a reply's
 * {@code In-Reply-To}/{@code References} with {@link #caseNumber}.
 */
public final class MessageIds {

    private static final Pattern OURS = Pattern.compile(
            "<?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.([A-Za-z0-9_-]{1,40})@([^>\\s]+)>?");

    private MessageIds() {
    }

    public static String next(String caseNumber, String domain) {
        String local = UUID.randomUUID().toString();
        if (caseNumber != null && caseNumber.matches("[A-Za-z0-9_-]{1,40}")) {
            local += "." + caseNumber;
        }
        return "<" + local + "@" + domain + ">";
    }

    /** The case number in one of our Message-IDs sent from {@code domain}; empty for anyone else's. */
    public static Optional<String> caseNumber(String messageId, String domain) {
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher matcher = OURS.matcher(messageId.strip());
        return matcher.matches() && matcher.group(2).equalsIgnoreCase(domain) ? Optional.of(matcher.group(1))
                : Optional.empty();
    }
}
