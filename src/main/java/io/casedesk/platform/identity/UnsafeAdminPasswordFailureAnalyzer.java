package io.casedesk.platform.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused admin password into the operator-facing message Spring Boot prints on failure. */
public class UnsafeAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeAdminPasswordException cause) {
        return new FailureAnalysis(
                cause.getMessage() + " Outside the dev profile Casedesk has no demo users and needs a real administrator password.",
                "Set CASEDESK_SECURITY_ADMIN_PASSWORD (property casedesk.security.admin-password) to a password of at least "
                        + AdminPasswordPolicy.MINIMUM_LENGTH + " characters that is not a known default, not a repetition or "
                        + "sequence, with at least " + AdminPasswordPolicy.MINIMUM_DISTINCT + " different characters and two "
                        + "kinds of characters (or a passphrase of " + AdminPasswordPolicy.PASSPHRASE_LENGTH + " or more), "
                        + "or run with the dev profile for a local demo.",
                cause);
    }
}
