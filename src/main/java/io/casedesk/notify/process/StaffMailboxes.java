package io.casedesk.notify.process;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Staff e-mail addresses from the engine's identity service (Camunda Admin keeps them). The look-up
 * runs without the current user's authorizations: a notice to a manager must not depend on whether
 * the analyst whose action caused it may read the manager's profile.
 */
@Component
public class StaffMailboxes {

    /** Far below the engine's query limit; a staff group is never that large. */
    private static final int MAX_GROUP_MEMBERS = 500;

    private final IdentityService identity;

    StaffMailboxes(IdentityService identity) {
        this.identity = identity;
    }

    public Optional<String> ofUser(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return unauthenticated(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
                .map(User::getEmail).filter(email -> email != null && !email.isBlank()));
    }

    public List<String> ofGroup(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return List.of();
        }
        return unauthenticated(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc()
                .listPage(0, MAX_GROUP_MEMBERS).stream().map(User::getEmail)
                .filter(email -> email != null && !email.isBlank()).toList());
    }

    private <T> T unauthenticated(java.util.function.Supplier<T> query) {
        var current = identity.getCurrentAuthentication();
        if (current == null) {
            return query.get();
        }
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            identity.setAuthentication(current);
        }
    }
}
