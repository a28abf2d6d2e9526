package io.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.casedesk.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The whole way of a mail, on one real mail server (GreenMail with SMTP and IMAP): a customer mails the
 * support mailbox, intake makes it a case, the outbox's sender delivers the acknowledgement with the
 * number to the customer's mailbox, and the customer's answer to that acknowledgement (In-Reply-To our
 * Message-ID, as a mail client sends it) threads into the same case.
 */
class MailRoundTripIntegrationTest extends IntegrationTest {

    private static final String SUPPORT = "support@casedesk.local";
    private static final String DANA = "dana@acme.example";
    private static final int SMTP = freePort();
    private static final int IMAP = freePort();

    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(SMTP, "127.0.0.1", "smtp"), new ServerSetup(IMAP, "127.0.0.1", "imap") });

    /**
     * A database of its own, on MariaDB too: this context's outbox sender would otherwise deliver the other
     * contexts' mail (and theirs this one's) to the wrong test's mail server.
     */
    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) throws Exception {
        if (System.getProperty("spring.profiles.active", "").contains("mariadb")) {
            String suiteUrl = System.getProperty("CASEDESK_DB_URL");
            try (var connection = java.sql.DriverManager.getConnection(suiteUrl, System.getProperty("CASEDESK_DB_USER", "root"),
                    System.getProperty("CASEDESK_DB_PASSWORD", ""));
                    var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS casedesk_it_mail_round_trip");
            }
            registry.add("spring.datasource.url", () -> suiteUrl.replaceFirst("/\\w+\\?", "/casedesk_it_mail_round_trip?"));
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:mail-round-trip;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        registry.add("casedesk.mail.dev-server.enabled", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP);
        registry.add("casedesk.mail.outbox.poll-every", () -> "PT0.5S");
    }

    @Autowired
    MailboxPoller poller;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMailBecomesACaseItsSenderGetsTheNumberAndTheAnswerThreadsIn() throws Exception {
        var support = server.setUser(SUPPORT, SUPPORT, "secret");
        var mailbox = new IntakeProperties.Mailbox("round-trip-" + UUID.randomUUID(), "127.0.0.1", IMAP, false, SUPPORT,
                "secret", "INBOX", Duration.ofSeconds(1));
        String subject = "Scanner driver crashes " + UUID.randomUUID();
        support.deliver(mail("Dana <" + DANA + ">", subject, "The driver crashes on every scan.", ""));

        assertThat(poller.poll(mailbox)).containsExactly(IntakeOutcome.CASE_OPENED);
        String number = jdbc.queryForObject("select case_number from cd_case where subject = ?", String.class, subject);

        MimeMessage ack = awaitMailTo(DANA, number);
        assertThat(ack.getSubject()).startsWith("[" + number + "]").contains(subject);
        assertThat(GreenMailUtil.getBody(ack)).contains(number);
        assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");

        // Dana answers the acknowledgement from her mail client: no number typed, only the threading header.
        support.deliver(mail("Dana <" + DANA + ">", "Re: " + subject, "It also happens with the old driver.",
                "In-Reply-To: " + ack.getMessageID() + "\r\nReferences: " + ack.getMessageID() + "\r\n"));
        assertThat(poller.poll(mailbox)).containsExactly(IntakeOutcome.REPLY_ADDED);
        assertThat(jdbc.queryForList("select m.body from cd_case_message m join cd_case c on c.id = m.case_id"
                + " where c.case_number = ? order by m.id", String.class, number))
                .contains("It also happens with the old driver.");
        assertThat(jdbc.queryForObject("select count(*) from cd_case where subject like ?", Long.class,
                "%" + subject + "%")).as("one case").isEqualTo(1);
    }

    private static MimeMessage awaitMailTo(String recipient, String number) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> found = Arrays.stream(server.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().equalsIgnoreCase(recipient))
                            && m.getSubject().startsWith("[" + number + "]");
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail about " + number + " reached " + recipient);
    }

    private static MimeMessage mail(String from, String subject, String body, String extraHeaders) throws Exception {
        String raw = "Message-ID: <" + UUID.randomUUID() + "@client.example>\r\n"
                + "Date: Wed, 2 Dec 2026 09:00:00 +0000\r\n"
                + "From: " + from + "\r\nTo: " + SUPPORT + "\r\nSubject: " + subject + "\r\n" + extraHeaders
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
