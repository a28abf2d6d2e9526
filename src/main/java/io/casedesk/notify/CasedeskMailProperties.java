package io.casedesk.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbound mail ({@code casedesk.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from       the sender address of every mail Casedesk sends
 * @param fromName   the name shown with it
 * @param domain     the right-hand side of our Message-IDs ({@code <uuid.CASE-10001@domain>})
 * @param baseUrl    where customers and staff reach this server; links in mails start with it
 * @param caseLink   the customer's link to a case, after {@code baseUrl}; {@code {number}} is replaced
 * @param staffLink  the staff link to a case, after {@code baseUrl}
 * @param outbox     the sender's schedule and retries
 * @param copyDesignatedContacts the policy sets in which the organisation's designated contacts get every customer
 *                   mail of a case another of its people reported (policy A: all communication goes through them;
 *                   policy C: they confirm the cases of licensed users)
 */
@ConfigurationProperties("casedesk.mail")
public record CasedeskMailProperties(String from, String fromName, String domain, String baseUrl, String caseLink,
        String staffLink, Outbox outbox, java.util.List<String> copyDesignatedContacts) {

    /**
     * @param enabled     false stops this node's sender (rows still queue; another node sends them)
     * @param pollEvery   how often the sender looks for due messages
     * @param batchSize   rows claimed per look
     * @param maxAttempts failed SMTP attempts before a message is marked failed
     * @param firstRetry  wait after the first failure; doubles after each further failure
     * @param maxRetry    the longest wait between attempts
     * @param lease       how long a claim holds; a row still sending after it is taken over (a crashed node)
     */
    public record Outbox(Boolean enabled, Duration pollEvery, Integer batchSize, Integer maxAttempts,
            Duration firstRetry, Duration maxRetry, Duration lease) {

        public Outbox {
            enabled = enabled == null || enabled;
            pollEvery = pollEvery == null ? Duration.ofSeconds(5) : pollEvery;
            batchSize = batchSize == null ? 50 : batchSize;
            maxAttempts = maxAttempts == null ? 8 : maxAttempts;
            firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
            maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
            lease = lease == null ? Duration.ofMinutes(5) : lease;
        }

        /** The wait after the given number of failed attempts: firstRetry, then doubling, at most maxRetry. */
        public Duration backOff(int failedAttempts) {
            int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
            Duration wait = firstRetry.multipliedBy(1L << doublings);
            return wait.compareTo(maxRetry) > 0 || wait.isNegative() ? maxRetry : wait;
        }
    }

    public CasedeskMailProperties {
        from = from == null || from.isBlank() ? "support@casedesk.local" : from.strip();
        fromName = fromName == null || fromName.isBlank() ? "Casedesk Support" : fromName.strip();
        domain = domain == null || domain.isBlank() ? "casedesk.local" : domain.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : stripSlash(baseUrl.strip());
        caseLink = caseLink == null || caseLink.isBlank() ? "/portal/cases/{number}" : caseLink.strip();
        staffLink = staffLink == null || staffLink.isBlank() ? "/staff/cases/{number}" : staffLink.strip();
        outbox = outbox == null ? new Outbox(null, null, null, null, null, null, null) : outbox;
        copyDesignatedContacts = copyDesignatedContacts == null ? java.util.List.of()
                : java.util.List.copyOf(copyDesignatedContacts);
    }

    public String caseUrl(String number) {
        return baseUrl + caseLink.replace("{number}", number);
    }

    public String staffUrl(String number) {
        return baseUrl + staffLink.replace("{number}", number);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
