package io.casedesk.cases.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * How staff appear to customers: by first name where their Camunda user has one, otherwise as
 * "Support team" — never by user id, which is half of a staff log-in.
 */
@Component
class StaffNames {

    static final String SUPPORT_TEAM = "Support team";

    private final IdentityService identity;

    StaffNames(IdentityService identity) {
        this.identity = identity;
    }

    /** One lookup per staff member, for the length of one answer. */
    Lookup lookup() {
        return new Lookup();
    }

    final class Lookup {

        private final Map<String, String> known = new HashMap<>();

        String displayName(String staffUserId) {
            if (staffUserId == null || staffUserId.isBlank()) {
                return null;
            }
            return known.computeIfAbsent(staffUserId, id -> Optional
                    .ofNullable(identity.createUserQuery().userId(id).singleResult())
                    .map(User::getFirstName)
                    .filter(name -> !name.isBlank() && !name.strip().equalsIgnoreCase(id))
                    .map(String::strip)
                    .orElse(SUPPORT_TEAM));
        }
    }
}
