package io.casedesk.customers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed customer log-ins per account and per client address in the database, so every node
 * sees the same lock. Unknown accounts are counted like known ones: a lock says nothing about
 * whether an address exists.
 */
@Component
class LoginThrottling {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottling.class);
    private static final int ATTEMPTS = 5;

    private final LoginThrottles throttles;
    private final TransactionTemplate ownTransaction;
    private final LoginThrottleProperties properties;
    private final Clock clock;

    LoginThrottling(LoginThrottles throttles, PlatformTransactionManager transactions, LoginThrottleProperties properties,
            Clock clock) {
        this.throttles = throttles;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    /** What one log-in attempt is counted against. */
    record Attempt(String accountKey, String addressKey, boolean locked, boolean accountHasFailures) {
    }

    /** One read of at most two rows: cheap next to the password check it may spare. */
    Attempt check(String account, String address) {
        String accountKey = key("account:" + account.strip().toLowerCase(Locale.ROOT));
        String addressKey = address == null ? null : key("address:" + address);
        List<String> keys = new ArrayList<>(List.of(accountKey));
        if (addressKey != null) {
            keys.add(addressKey);
        }
        Instant now = clock.instant();
        List<LoginThrottle> rows = throttles.findAllById(keys);
        boolean locked = rows.stream().anyMatch(row -> row.isLocked(now));
        boolean accountHasFailures = rows.stream().anyMatch(row -> accountKey.equals(row.getThrottleKey()));
        return new Attempt(accountKey, addressKey, locked, accountHasFailures);
    }

    void failed(Attempt attempt) {
        count(attempt.accountKey(), properties.maxFailures());
        if (attempt.addressKey() != null) {
            count(attempt.addressKey(), properties.addressMaxFailures());
        }
    }

    /** A successful log-in forgets the account's failures; the address keeps its count (one good account must not reset it). */
    void succeeded(Attempt attempt) {
        if (attempt.accountHasFailures()) {
            ownTransaction.executeWithoutResult(status -> throttles.deleteById(attempt.accountKey()));
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldFailures() {
        Instant now = clock.instant();
        int forgotten = throttles.deleteForgotten(now.minus(properties.window()), now);
        log.debug("Forgot {} expired log-in failure counts", forgotten);
    }

    /** Nodes may count the same key at once: optimistic locking (or the primary key) makes one retry. */
    private void count(String key, int limit) {
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> {
                    Instant now = clock.instant();
                    LoginThrottle row = throttles.findById(key).orElseGet(() -> new LoginThrottle(key, now));
                    row.recordFailure(now, limit, properties.window(), properties.lockDuration());
                    throttles.saveAndFlush(row);
                });
                return;
            } catch (ConcurrencyFailureException | DataIntegrityViolationException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    private static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
