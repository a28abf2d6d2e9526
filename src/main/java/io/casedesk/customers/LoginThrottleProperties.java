package io.casedesk.customers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lock-out after repeated failed customer log-ins.
 *
 * @param maxFailures failures of one account (known or not) within {@code window} that lock it
 * @param addressMaxFailures failures from one client address, over all accounts, that lock the address;
 *        it sees the proxy's address unless forwarded headers are trusted (server.forward-headers-strategy)
 * @param window how long failures are remembered
 * @param lockDuration how long a lock lasts
 */
@ConfigurationProperties("casedesk.security.login-throttle")
record LoginThrottleProperties(@DefaultValue("20") int maxFailures, @DefaultValue("100") int addressMaxFailures,
        @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration) {
}
