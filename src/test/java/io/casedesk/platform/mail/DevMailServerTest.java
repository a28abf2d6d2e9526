package io.casedesk.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.SimpleMailMessage;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The dev profile's mail server: what Casedesk sends arrives, a mail dropped into the support
 * mailbox over SMTP can be read there over IMAP (as the README describes), and ports another
 * program holds do not stop the application from starting.
 */
class DevMailServerTest {

    @Test
    void mailSentThroughTheConfiguredSenderLandsInTheSupportMailboxAndIsReadableOverImap() throws Exception {
        var properties = new DevMailServerProperties(true, null, 0, 0, null, null);
        DevMailConfiguration configuration = new DevMailConfiguration();
        GreenMail server = configuration.devMailServer(properties);
        try {
            var sender = configuration.mailSender(server, properties, new MailProperties());
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom("dana@acme.example");
            mail.setTo("support@casedesk.local");
            mail.setSubject("Printer on fire");
            mail.setText("Please help.");
            sender.send(mail);

            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", server.getImap().getPort(), "support@casedesk.local", "support");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessages()).extracting(m -> m.getSubject()).containsExactly("Printer on fire");
            } finally {
                store.close();
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void takenPortsFallBackToFreeOnes() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            var properties = new DevMailServerProperties(true, null, taken.getLocalPort(), 0, null, null);
            GreenMail server = new DevMailConfiguration().devMailServer(properties);
            try {
                assertThat(server.getSmtp().getPort()).isPositive().isNotEqualTo(taken.getLocalPort());
            } finally {
                server.stop();
            }
        }
    }
}
