package io.casedesk.platform.mail;

import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The development profile's mail server: GreenMail as a library, SMTP and IMAP in this JVM, so that
 * {@code ./mvnw spring-boot:run} needs no mail server. Everything Casedesk sends is delivered to it
 * (any address is accepted and gets a mailbox); the support mailbox ({@code support@casedesk.local},
 * password {@code support}) is where intake reads from. Ports 0 choose free ones (the tests do).
 * Casedesk's mail sender is pointed at its SMTP port, whatever {@code spring.mail.*} says.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(GreenMail.class)
@ConditionalOnProperty(name = "casedesk.mail.dev-server.enabled", havingValue = "true")
// Spring Boot's mail auto-configuration, which would register MailProperties, steps back for our sender.
@EnableConfigurationProperties(MailProperties.class)
class DevMailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevMailConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail devMailServer(DevMailServerProperties properties) {
        GreenMail server = start(properties, properties.smtpPort(), properties.imapPort());
        if (server == null) {
            // Another program (or a second application context in one test run) holds the ports: the
            // application still starts, on free ports, and says which.
            log.warn("Development mail server: SMTP {} or IMAP {} is taken; using free ports instead",
                    properties.smtpPort(), properties.imapPort());
            server = start(properties, 0, 0);
        }
        log.info("Development mail server: SMTP {}:{}, IMAP {}:{} (mailbox {} / password {}; any other address"
                + " gets a mailbox with its address as user and password)", properties.host(),
                server.getSmtp().getPort(), properties.host(), server.getImap().getPort(), properties.supportAddress(),
                properties.supportPassword());
        return server;
    }

    private static GreenMail start(DevMailServerProperties properties, int smtpPort, int imapPort) {
        ServerSetup smtp = new ServerSetup(smtpPort, properties.host(), ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(imapPort, properties.host(), ServerSetup.PROTOCOL_IMAP);
        GreenMail server = new GreenMail(new ServerSetup[] { smtp, imap });
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            if (smtpPort == 0 && imapPort == 0) {
                throw e;
            }
            return null;
        }
        server.setUser(properties.supportAddress(), properties.supportAddress(), properties.supportPassword());
        return server;
    }

    /** Spring Boot's own mail sender steps back for this one, which knows the port actually bound. */
    @Bean
    JavaMailSenderImpl mailSender(GreenMail devMailServer, DevMailServerProperties properties, MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.host());
        sender.setPort(devMailServer.getSmtp().getPort());
        sender.setProtocol("smtp");
        sender.setDefaultEncoding("UTF-8");
        Properties javaMail = new Properties();
        javaMail.putAll(mail.getProperties());
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
