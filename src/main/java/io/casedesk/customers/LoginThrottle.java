package io.casedesk.customers;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Failed log-ins of one account or one client address within a window. Reaching the limit locks it
 * until the lock ends; the first failure after that, or after a quiet window, starts counting anew.
 */
@Entity
@Table(name = "cd_login_throttle")
class LoginThrottle {

    @Id
    private String throttleKey;
    private int failures;
    private Instant windowStart;
    private Instant lockedUntil;
    /** Null until stored: tells Spring Data to insert, and two nodes inserting at once collide on the key. */
    @Version
    private Long version;

    protected LoginThrottle() {
    }

    LoginThrottle(String throttleKey, Instant now) {
        this.throttleKey = throttleKey;
        this.windowStart = now;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts one failure; the one that reaches {@code limit} locks for {@code lock}. */
    void recordFailure(Instant now, int limit, Duration window, Duration lock) {
        boolean lockOver = lockedUntil != null && !now.isBefore(lockedUntil);
        if (lockOver || !now.isBefore(windowStart.plus(window))) {
            failures = 0;
            windowStart = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(lock);
        }
    }

    String getThrottleKey() {
        return throttleKey;
    }

    int getFailures() {
        return failures;
    }
}
