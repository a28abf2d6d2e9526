package io.casedesk.notify.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;

import io.casedesk.platform.identity.StaffGroups;
import io.casedesk.platform.web.ProblemException;

/** The outbox and webhook APIs are for members of {@code camunda-admin} only. */
final class Admins {

    private Admins() {
    }

    static void require(Authentication user) {
        boolean admin = user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(StaffGroups.authority(StaffGroups.ADMINS)));
        if (!admin) {
            throw new NotAnAdministrator();
        }
    }

    static final class NotAnAdministrator extends ProblemException {

        NotAnAdministrator() {
            super(HttpStatus.FORBIDDEN, "forbidden", "Administrators only",
                    "This is for members of " + StaffGroups.ADMINS + ".");
        }
    }

    static final class BadParameter extends ProblemException {

        private final String field;

        BadParameter(String field, String detail) {
            super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
            this.field = field;
        }

        @Override
        public List<FieldProblem> fieldProblems() {
            return List.of(new FieldProblem(field, getMessage()));
        }
    }
}
