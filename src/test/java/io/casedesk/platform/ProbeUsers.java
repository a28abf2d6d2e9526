package io.casedesk.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Throwaway staff accounts for wrong-password checks. Camunda throttles a user's log-ins for a few
 * seconds after a wrong password, so such probes must never use a demo user other tests log in with.
 */
public final class ProbeUsers {

    public static final String PASSWORD = "the-right-password";

    /** A user in the given group, created once; its id names the group. */
    public static String inGroup(IdentityService identity, String groupId) {
        String userId = "wrong-password-probe-" + groupId;
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User probe = identity.newUser(userId);
            probe.setPassword(PASSWORD);
            identity.saveUser(probe);
            identity.createMembership(userId, groupId);
        }
        return userId;
    }

    private ProbeUsers() {
    }
}
