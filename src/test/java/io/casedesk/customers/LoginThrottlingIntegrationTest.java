package io.casedesk.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;

import io.casedesk.IntegrationTest;
import io.casedesk.hardening.Attack;

/**
 * Issue 15 item 5: guessing customer passwords. Over HTTP with the configured limits, and on the
 * provider itself with a clock the test moves, for the end of a lock and the per-address limit.
 */
class LoginThrottlingIntegrationTest extends IntegrationTest {

    static final String RIGHT = "the-right-password-1";

    @Autowired
    Contacts contacts;
    @Autowired
    Organisations organisations;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    LoginThrottles throttles;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @DisplayName("attack: guess a customer's password without limit over the API")
    @Attack(item = "15.5", attack = "20 wrong passwords for one customer, then the right one",
            expected = "locked: the right password is refused with the same 401 problem details as a wrong one or an unknown address")
    void twentyWrongPasswordsLockTheAccountWithoutTellingWhetherItExists() {
        String email = aCustomer();
        String unknown = "nobody-" + UUID.randomUUID() + "@acme.example";
        assertThat(get("/api/customer/cases", email, RIGHT).status()).isEqualTo(200);
        var unknownAnswer = get("/api/customer/cases", unknown, "wrong-0");

        for (int i = 1; i <= 20; i++) {
            var wrong = get("/api/customer/cases", email, "wrong-" + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).isEqualTo(unknownAnswer.body());
        }
        var locked = get("/api/customer/cases", email, RIGHT);

        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(locked.body()).isEqualTo(unknownAnswer.body());
        // an unknown address locks the same way, so a lock tells nothing either
        for (int i = 1; i <= 20; i++) {
            get("/api/customer/cases", unknown, "wrong-" + i);
        }
        assertThat(get("/api/customer/cases", unknown, RIGHT).body()).isEqualTo(locked.body());
    }

    @Test
    @DisplayName("attack: known addresses answer in 73–179 ms, unknown ones in 3–7 ms")
    @Attack(item = "15.5", attack = "time wrong-password answers for a known and an unknown address",
            expected = "medians within a factor of 2.5 (both pay one password hash check), same body")
    void knownAndUnknownAddressesTakeAboutAsLong() {
        String known = aCustomer();
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        String knownBody = null;
        String unknownBody = null;
        // alternate, so that load from other builds on the machine hits both series alike; 15 < 20: no lock
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            knownBody = get("/api/customer/cases", known, "wrong-" + i).body();
            knownTimes.add(System.nanoTime() - start);
            start = System.nanoTime();
            unknownBody = get("/api/customer/cases", "nobody-" + UUID.randomUUID() + "@acme.example", "wrong-" + i).body();
            unknownTimes.add(System.nanoTime() - start);
        }
        double knownMedian = median(knownTimes);
        double unknownMedian = median(unknownTimes);

        assertThat(unknownBody).isEqualTo(knownBody);
        assertThat(Math.max(knownMedian, unknownMedian) / Math.min(knownMedian, unknownMedian))
                .as("known %.1f ms, unknown %.1f ms", knownMedian / 1e6, unknownMedian / 1e6)
                .isLessThan(2.5);
    }

    @Test
    @DisplayName("attack: keep guessing and the lock never ends, or ends at once")
    @Attack(item = "15.5", attack = "lock an account, then try the right password before and after the lock time",
            expected = "refused until the lock ends, accepted after it; failures from one address over many accounts lock that address")
    void theLockEndsAfterItsTimeAndAnAddressIsLockedAcrossAccounts() {
        var clock = new MovingClock(Instant.parse("2026-03-02T09:00:00Z"));
        var limits = new LoginThrottleProperties(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(15));
        var provider = new CustomerAuthenticationProvider(contacts, passwords,
                new LoginThrottling(throttles, transactions, limits, clock));
        String email = aCustomer();
        String address = "192.0.2." + (int) (Math.random() * 250);

        for (int i = 0; i < 3; i++) {
            assertRefused(provider, email, "wrong", address);
        }
        assertRefused(provider, email, RIGHT, address);
        clock.advance(Duration.ofMinutes(14));
        assertRefused(provider, email, RIGHT, address);
        clock.advance(Duration.ofMinutes(2));
        assertThat(provider.authenticate(login(email, RIGHT, address)).isAuthenticated()).isTrue();

        // one wrong guess on each of 5 accounts from one address locks the address for every account
        String sprayer = "198.51.100." + (int) (Math.random() * 250);
        for (int i = 0; i < 5; i++) {
            assertRefused(provider, "nobody-" + UUID.randomUUID() + "@acme.example", "wrong", sprayer);
        }
        assertRefused(provider, email, RIGHT, sprayer);
        assertThat(provider.authenticate(login(email, RIGHT, address)).isAuthenticated()).isTrue();
        clock.advance(Duration.ofMinutes(16));
        assertThat(provider.authenticate(login(email, RIGHT, sprayer)).isAuthenticated()).isTrue();
    }

    @Test
    void theHappyPathChecksOnePasswordHash() {
        var hashChecks = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwords.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashChecks.incrementAndGet();
                return passwords.matches(raw, encoded);
            }
        };
        var limits = new LoginThrottleProperties(20, 100, Duration.ofMinutes(15), Duration.ofMinutes(15));
        var provider = new CustomerAuthenticationProvider(contacts, counting,
                new LoginThrottling(throttles, transactions, limits, Clock.systemUTC()));
        String email = aCustomer();

        assertThat(provider.authenticate(login(email, RIGHT, "203.0.113.9")).isAuthenticated()).isTrue();
        assertThat(hashChecks).hasValue(1);
    }

    private static void assertRefused(CustomerAuthenticationProvider provider, String email, String password,
            String address) {
        assertThatThrownBy(() -> provider.authenticate(login(email, password, address)))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage(CustomerAuthenticationProvider.REFUSED);
    }

    private static Authentication login(String email, String password, String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    /** A customer of its own per test: lock-outs must not touch the demo log-ins other tests use. */
    private String aCustomer() {
        Organisation acme = organisations.findByName("Acme Manufacturing").orElseThrow();
        var contact = new Contact(acme, "Throttle Probe", "throttle-" + UUID.randomUUID() + "@acme.example", null,
                ContactRole.LICENSED);
        contact.setPasswordHash(passwords.encode(RIGHT));
        return contacts.save(contact).getEmail();
    }

    private static double median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
