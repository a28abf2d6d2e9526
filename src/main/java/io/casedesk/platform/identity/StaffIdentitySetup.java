package io.casedesk.platform.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Creates the staff groups and their authorizations as soon as the engine is built, then the
 * people who can log in: demo users in the dev profile, otherwise only the administrator.
 * Existing users are never overwritten, so passwords changed in Camunda Admin survive a restart,
 * with two exceptions outside the dev profile, where a database first started as dev must not keep
 * its well-known log-ins: the demo users are removed, and the administrator gets the configured
 * password. This runs while the engine is built, before the web server opens: they never work.
 */
@Component
class StaffIdentitySetup extends AbstractCamundaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StaffIdentitySetup.class);

    private final Environment environment;
    private final CasedeskSecurityProperties security;

    StaffIdentitySetup(Environment environment, CasedeskSecurityProperties security) {
        this.environment = environment;
        this.security = security;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        StaffGroups.ALL.forEach(groupId -> createGroup(identity, groupId));
        new StaffAuthorizations(engine.getAuthorizationService()).grantAll();
        if (environment.acceptsProfiles(Profiles.of("dev"))) {
            DemoStaff.USERS.forEach(user -> createUser(identity, user));
            log.info("Dev profile: demo staff users ready ({}); see README for passwords",
                    DemoStaff.USERS.stream().map(DemoStaff.DemoUser::id).toList());
        } else {
            removeDemoUsers(identity);
            createUser(identity, new DemoStaff.DemoUser(security.adminUsername(), "Casedesk", "Administrator",
                    security.adminPassword(), List.of(StaffGroups.ADMINS)));
            enforceAdminPassword(identity);
        }
    }

    /** Demo users are known by id and the e-mail address the dev profile gave them; a real "manager" is kept. */
    private void removeDemoUsers(IdentityService identity) {
        for (DemoStaff.DemoUser demo : DemoStaff.USERS) {
            if (demo.id().equals(security.adminUsername())) {
                continue;
            }
            User user = identity.createUserQuery().userId(demo.id()).singleResult();
            if (user != null && DemoStaff.email(demo.id()).equalsIgnoreCase(user.getEmail())) {
                identity.deleteUser(demo.id());
                log.warn("Removed the demo user '{}' left by an earlier start with the dev profile", demo.id());
            }
        }
    }

    /** The configured password is the administrator's, also when the user exists already (e.g. admin/admin from dev). */
    private void enforceAdminPassword(IdentityService identity) {
        String adminId = security.adminUsername();
        if (identity.checkPassword(adminId, security.adminPassword())) {
            return;
        }
        User admin = identity.createUserQuery().userId(adminId).singleResult();
        admin.setPassword(security.adminPassword());
        identity.saveUser(admin);
        // The failed check above counts as a failed log-in; it must not lock the administrator out.
        identity.unlockUser(adminId);
        log.warn("The password of '{}' was set to the configured administrator password", adminId);
    }

    private static void createGroup(IdentityService identity, String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identity.newGroup(groupId);
        group.setName(StaffGroups.displayName(groupId));
        group.setType("WORKFLOW");
        identity.saveGroup(group);
    }

    private static void createUser(IdentityService identity, DemoStaff.DemoUser demo) {
        if (identity.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(DemoStaff.email(demo.id()));
            user.setPassword(demo.password());
            identity.saveUser(user);
        }
        for (String groupId : demo.groups()) {
            if (identity.createUserQuery().userId(demo.id()).memberOfGroup(groupId).count() == 0) {
                identity.createMembership(demo.id(), groupId);
            }
        }
    }
}
