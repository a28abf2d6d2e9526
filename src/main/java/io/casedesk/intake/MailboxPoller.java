package io.casedesk.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.search.FlagTerm;

/**
 * Polls each configured mailbox on a thread of its own scheduler, on one node of a cluster at a time
 * ({@link MailboxLease}). Each unread mail is read without marking it (IMAP peek), handed to
 * {@link MailIntake}, and marked read only after what it became is committed. A mailbox that cannot
 * be reached is logged and tried again next round; the rest of the application does not notice.
 */
@Component
class MailboxPoller implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailIntake intake;
    private final MailboxLease lease;
    private final IntakeProperties properties;
    private final Session session = Session.getInstance(imapProperties());
    private final ConcurrentHashMap<String, Boolean> unreachable = new ConcurrentHashMap<>();
    private ThreadPoolTaskScheduler scheduler;

    /** Runs between the commit and the marking of each mail; tests make it fail to stand in for a crash. */
    volatile Runnable betweenCommitAndMark = () -> {
    };

    MailboxPoller(MailIntake intake, MailboxLease lease, IntakeProperties properties) {
        this.intake = intake;
        this.lease = lease;
        this.properties = properties;
    }

    private static Properties imapProperties() {
        var imap = new Properties();
        for (String protocol : new String[] { "imap", "imaps" }) {
            // Reading a mail must not mark it: it is marked only after its case is committed.
            imap.setProperty("mail." + protocol + ".peek", "true");
            imap.setProperty("mail." + protocol + ".connectiontimeout", "10000");
            imap.setProperty("mail." + protocol + ".timeout", "60000");
            imap.setProperty("mail." + protocol + ".writetimeout", "60000");
        }
        imap.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        return imap;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.enabled() || properties.mailboxes().isEmpty()) {
            log.info("Mail intake: no mailbox is polled ({})",
                    properties.enabled() ? "none configured in casedesk.intake.mailboxes" : "casedesk.intake.enabled=false");
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(Math.min(properties.mailboxes().size(), 4));
        scheduler.setThreadNamePrefix("mail-intake-");
        scheduler.initialize();
        for (IntakeProperties.Mailbox mailbox : properties.mailboxes()) {
            scheduler.scheduleWithFixedDelay(() -> pollQuietly(mailbox), Instant.now().plusSeconds(1), mailbox.interval());
            log.info("Mail intake: polling {} ({}:{}, folder {}) every {}", mailbox.name(), mailbox.host(),
                    mailbox.port(), mailbox.folder(), mailbox.interval());
        }
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }

    private void pollQuietly(IntakeProperties.Mailbox mailbox) {
        try {
            if (!lease.acquire(mailbox.name(), leaseTime(mailbox))) {
                return;
            }
            poll(mailbox);
            if (unreachable.remove(mailbox.name()) != null) {
                log.info("Mail intake: mailbox {} is reachable again", mailbox.name());
            }
        } catch (MessagingException e) {
            if (unreachable.put(mailbox.name(), Boolean.TRUE) == null) {
                log.warn("Mail intake: mailbox {} ({}:{}) cannot be read: {}; trying again every {}", mailbox.name(),
                        mailbox.host(), mailbox.port(), e.getMessage(), mailbox.interval());
            } else {
                log.debug("Mail intake: mailbox {} still cannot be read: {}", mailbox.name(), e.getMessage());
            }
        } catch (RuntimeException e) {
            log.error("Mail intake: round on mailbox {} stopped; the unread mail stays for the next round",
                    mailbox.name(), e);
        }
    }

    private static Duration leaseTime(IntakeProperties.Mailbox mailbox) {
        Duration twice = mailbox.interval().multipliedBy(2);
        return twice.compareTo(Duration.ofMinutes(2)) < 0 ? Duration.ofMinutes(2) : twice;
    }

    /**
     * One round on one mailbox: every unread mail (at most {@code batch-size}) processed and then
     * marked read. Returns what each mail became. A failure to store stops the round before that
     * mail is marked, so it is read again next round.
     */
    List<IntakeOutcome> poll(IntakeProperties.Mailbox mailbox) throws MessagingException {
        List<IntakeOutcome> outcomes = new ArrayList<>();
        Store store = session.getStore(mailbox.tls() ? "imaps" : "imap");
        store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
        try {
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < unread.length && i < properties.batchSize(); i++) {
                    Message message = unread[i];
                    byte[] raw;
                    try {
                        raw = raw(message);
                    } catch (MessagingException e) {
                        if (e instanceof FolderClosedException || e instanceof StoreClosedException) {
                            throw e;
                        }
                        // One mail the server cannot hand over must not hold up the others; it stays unread.
                        log.warn("Mail intake: mail {} in mailbox {} cannot be fetched, left unread: {}",
                                message.getMessageNumber(), mailbox.name(), e.getMessage());
                        continue;
                    }
                    IntakeOutcome outcome = intake.receive(mailbox.name(), raw);
                    betweenCommitAndMark.run();
                    message.setFlag(Flags.Flag.SEEN, true);
                    outcomes.add(outcome);
                }
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
        return outcomes;
    }

    private static byte[] raw(Message message) throws MessagingException {
        var out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("Reading a mail failed", e);
        }
        return out.toByteArray();
    }
}
