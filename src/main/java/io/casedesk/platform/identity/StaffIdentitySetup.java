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
 * Existing users are never overwritten, so passwords changed in Camunda Admin survive a restart.
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
            createUser(identity, new DemoStaff.DemoUser(security.adminUsername(), "Casedesk", "Administrator",
                    security.adminPassword(), List.of(StaffGroups.ADMINS)));
        }
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
            user.setEmail(demo.id() + "@casedesk.example");
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
