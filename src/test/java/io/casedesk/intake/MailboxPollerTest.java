package io.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

/**
 * The timer side of polling, without a database: each configured mailbox is polled on its own, only
 * while this node holds its lease, and an unreachable server costs a log line, not the application.
 */
class MailboxPollerTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withPerMethodLifecycle(true);

    private final MailIntake intake = mock(MailIntake.class);
    private final MailboxLease lease = mock(MailboxLease.class);
    private MailboxPoller poller;

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.destroy();
        }
    }

    private MailboxPoller pollerFor(IntakeProperties.Mailbox... mailboxes) {
        poller = new MailboxPoller(intake, lease,
                new IntakeProperties(true, List.of(mailboxes), null, null, null, null, null, null, null));
        return poller;
    }

    private IntakeProperties.Mailbox greenMailbox() {
        greenMail.setUser("support@casedesk.local", "support@casedesk.local", "secret");
        return new IntakeProperties.Mailbox("green", "127.0.0.1", greenMail.getImap().getPort(), false,
                "support@casedesk.local", "secret", null, Duration.ofMillis(300));
    }

    @Test
    void theTimerPollsTheMailboxAndMarksWhatWasProcessed() throws Exception {
        var mailbox = greenMailbox();
        when(lease.acquire(eq("green"), any())).thenReturn(true);
        when(intake.receive(eq("green"), any())).thenReturn(IntakeOutcome.CASE_OPENED);
        var unreachable = new IntakeProperties.Mailbox("down", "127.0.0.1", 1, false, "x@casedesk.local", "x", null,
                Duration.ofMillis(300));
        when(lease.acquire(eq("down"), any())).thenReturn(true);
        deliver();

        pollerFor(unreachable, mailbox).start();

        verify(intake, timeout(10_000)).receive(eq("green"), any());
        verify(lease, timeout(10_000).atLeast(2)).acquire(eq("down"), any());
        Thread.sleep(500);
        assertThat(unread()).as("marked after intake returned").isZero();
        verify(intake, after(1000).times(1)).receive(anyString(), any());
    }

    @Test
    void withoutTheLeaseNothingIsRead() throws Exception {
        var mailbox = greenMailbox();
        when(lease.acquire(eq("green"), any())).thenReturn(false);
        deliver();

        pollerFor(mailbox).start();

        verify(lease, timeout(10_000).atLeast(2)).acquire(eq("green"), any());
        verify(intake, never()).receive(anyString(), any());
    }

    @Test
    void noMailboxNoTimer() {
        pollerFor().start();
        verify(lease, after(1500).never()).acquire(anyString(), any());
    }

    private void deliver() throws Exception {
        var user = greenMail.getUserManager().getUser("support@casedesk.local");
        user.deliver(new jakarta.mail.internet.MimeMessage(Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(("Message-ID: <p1@client.example>\r\nFrom: lee@acme.example\r\n"
                        + "Subject: Printer\r\n\r\nStuck.\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    }

    private int unread() throws Exception {
        Store store = Session.getInstance(new java.util.Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "support@casedesk.local", "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            return inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
        } finally {
            store.close();
        }
    }
}
