package io.casedesk.platform.identity;

/** Raised at start-up when a non-development server would run with a missing or default admin password. */
public class UnsafeAdminPasswordException extends RuntimeException {

    public UnsafeAdminPasswordException(String reason) {
        super("Casedesk refuses to start: " + reason + ".");
    }
}
