package io.casedesk.intake;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Mail intake settings ({@code casedesk.intake}).
 *
 * @param enabled         false stops all polling (the mailboxes stay configured)
 * @param mailboxes       the IMAP mailboxes to poll; none configured means no polling
 * @param ownAddresses    our own addresses: mail from them is a loop and is dropped (every mailbox's user
 *                        is one of them as well)
 * @param maxMessageSize  a larger mail is not parsed but kept whole in quarantine
 * @param senderLimit     at most this many mails from one address within {@code senderWindow} are acted on;
 *                        the rest are kept in quarantine
 * @param senderWindow    the window of the per-sender limit
 * @param answerEvery     an unknown sender gets the "how to get access" answer at most once in this time
 * @param category        the category of a case opened by mail (must be one of {@code casedesk.cases.categories})
 * @param batchSize       at most this many mails are taken from a mailbox in one round
 */
@ConfigurationProperties("casedesk.intake")
record IntakeProperties(Boolean enabled, List<Mailbox> mailboxes, List<String> ownAddresses, DataSize maxMessageSize,
        Integer senderLimit, Duration senderWindow, Duration answerEvery, String category, Integer batchSize) {

    IntakeProperties {
        enabled = enabled == null || enabled;
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
        ownAddresses = ownAddresses == null ? List.of()
                : ownAddresses.stream().map(address -> address.strip().toLowerCase(Locale.ROOT)).toList();
        maxMessageSize = maxMessageSize == null ? DataSize.ofMegabytes(25) : maxMessageSize;
        senderLimit = senderLimit == null ? 30 : senderLimit;
        senderWindow = senderWindow == null ? Duration.ofHours(1) : senderWindow;
        answerEvery = answerEvery == null ? Duration.ofDays(1) : answerEvery;
        category = category == null || category.isBlank() ? "Question" : category.strip();
        batchSize = batchSize == null ? 50 : batchSize;
    }

    /**
     * One IMAP mailbox.
     *
     * @param name     names the mailbox in logs, in the lease and on each stored mail (defaults to user@host)
     * @param host     IMAP server
     * @param port     IMAP port (143, or 993 with TLS)
     * @param tls      IMAPS (TLS from the first byte) instead of plain IMAP
     * @param user     log-in
     * @param password password
     * @param folder   the folder to read, INBOX by default
     * @param interval time between two rounds
     */
    record Mailbox(String name, String host, Integer port, Boolean tls, String user, String password, String folder,
            Duration interval) {

        Mailbox {
            tls = tls != null && tls;
            port = port == null ? (tls ? 993 : 143) : port;
            folder = folder == null || folder.isBlank() ? "INBOX" : folder;
            interval = interval == null ? Duration.ofMinutes(1) : interval;
            name = name == null || name.isBlank() ? user + "@" + host : name;
        }

        /** Without the password, should a mailbox ever be logged. */
        @Override
        public String toString() {
            return "Mailbox[name=%s, host=%s, port=%d, tls=%s, user=%s, folder=%s, interval=%s]"
                    .formatted(name, host, port, tls, user, folder, interval);
        }
    }

    boolean isOwnAddress(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return ownAddresses.contains(lower)
                || mailboxes.stream().anyMatch(box -> box.user() != null && box.user().equalsIgnoreCase(lower));
    }
}
