package io.casedesk.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The engine authorizations each staff group needs. Grants are merged into existing rows, so a
 * restart never duplicates them and permissions an administrator added in Admin are kept.
 */
final class StaffAuthorizations {

    /** The process staff may start themselves (the key of case-lifecycle.bpmn, whose start form logs a phone call). */
    static final String PHONE_CALL_PROCESS = "case-lifecycle";

    private final AuthorizationService authorizations;

    StaffAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grantAll() {
        for (String group : StaffGroups.ALL) {
            if (!StaffGroups.ADMINS.equals(group)) {
                grantStaff(group);
            }
        }
        for (String group : StaffGroups.MANAGEMENT) {
            grantManagement(group);
        }
        grantAdministrators();
    }

    /**
     * Tasklist, the process definitions behind it, starting a case from a phone call. Filters are
     * granted one by one to the groups they are for (platform.tasklist), not all to everyone.
     * Least privilege on the engine REST API: no UPDATE on instances or tasks (no correlating
     * Casedesk's messages or overwriting variables by hand) and CREATE_INSTANCE only where a start
     * form needs it; escalations and complaints are started by Casedesk alone.
     */
    private void grantStaff(String group) {
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // READ_INSTANCE: Tasklist's filter columns (case number, priority, category) are process variables;
        // without it the list shows them to nobody but administrators. Variables hold no free text.
        grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE);
        // Earlier versions granted CREATE_INSTANCE on every definition; take that back on start-up.
        revoke(group, Resources.PROCESS_DEFINITION, ANY, Permissions.CREATE_INSTANCE);
        // The "Log a phone call" start form. The lifecycle model itself refuses every other way in
        // (a CaseReceived message, a start at an inner activity): see cases.process.CaseStartGuard.
        grant(group, Resources.PROCESS_DEFINITION, PHONE_CALL_PROCESS, Permissions.READ, Permissions.CREATE_INSTANCE,
                Permissions.READ_INSTANCE);
        grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        grant(group, Resources.USER, ANY, Permissions.READ);
        grant(group, Resources.GROUP, ANY, Permissions.READ);
    }

    /** Read-only Cockpit: running and historic instances, timers, incidents, decisions. */
    private void grantManagement(String group) {
        grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
                Permissions.READ_TASK);
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY);
        grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }

    private void grantAdministrators() {
        for (Resource resource : Resources.values()) {
            grant(StaffGroups.ADMINS, resource, ANY, Permissions.ALL);
        }
    }

    private void revoke(String group, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = find(group, resource, resourceId);
        if (authorization != null && authorization.isPermissionGranted(permission)) {
            authorization.removePermission(permission);
            authorizations.saveAuthorization(authorization);
        }
    }

    private Authorization find(String group, Resource resource, String resourceId) {
        return authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = find(group, resource, resourceId);
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        Arrays.stream(permissions).forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
    }
}
