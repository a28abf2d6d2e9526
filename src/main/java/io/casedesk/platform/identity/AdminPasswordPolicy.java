package io.casedesk.platform.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Decides whether a password may protect the administrator account of a non-development server. */
public final class AdminPasswordPolicy {

    static final int MINIMUM_LENGTH = 12;

    /** Passwords shipped by Casedesk, Camunda and common tutorials: never acceptable in production. */
    private static final Set<String> KNOWN_DEFAULTS = Set.of(
            "admin", "demo", "password", "camunda", "changeme", "change-me", "secret", "casedesk",
            "123456", "12345678", "123456789", "qwerty", "letmein", "welcome", "administrator",
            "password1", "admin123", "adminadmin", "passwordpassword", "casedesk-admin");

    private AdminPasswordPolicy() {
    }

    /** @return why the password is refused, or empty when it is acceptable */
    public static Optional<String> problemWith(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("no administrator password is set");
        }
        if (KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT).strip())) {
            return Optional.of("the administrator password is a well-known default");
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("the administrator password is shorter than " + MINIMUM_LENGTH + " characters");
        }
        return Optional.empty();
    }
}
