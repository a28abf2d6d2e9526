package io.casedesk.platform.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The development profile's embedded mail server ({@code casedesk.mail.dev-server.*}).
 *
 * @param enabled         start it (application-dev.yml sets true; never in production)
 * @param host            the address it listens on
 * @param smtpPort        SMTP, 3025 by default; 0 picks a free port
 * @param imapPort        IMAP, 3143 by default; 0 picks a free port
 * @param supportAddress  the support mailbox intake reads
 * @param supportPassword its password (user name = the address)
 */
@ConfigurationProperties("casedesk.mail.dev-server")
record DevMailServerProperties(Boolean enabled, String host, Integer smtpPort, Integer imapPort, String supportAddress,
        String supportPassword) {

    DevMailServerProperties {
        enabled = enabled != null && enabled;
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        smtpPort = smtpPort == null ? 3025 : smtpPort;
        imapPort = imapPort == null ? 3143 : imapPort;
        supportAddress = supportAddress == null || supportAddress.isBlank() ? "support@casedesk.local" : supportAddress;
        supportPassword = supportPassword == null || supportPassword.isBlank() ? "support" : supportPassword;
    }
}
