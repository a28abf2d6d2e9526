package io.casedesk.platform.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters once, found again by name on every restart. A filter that
 * exists is left as an administrator may have changed it; only the groups' READ grants are ensured.
 */
@Component
class TasklistFilterSetup extends AbstractCamundaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilterSetup.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        FilterService filters = engine.getFilterService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (TasklistFilters.Definition definition : TasklistFilters.all(engine.getTaskService())) {
            Filter filter = filters.createTaskFilterQuery().filterName(definition.name()).list().stream()
                    .findFirst().orElse(null);
            if (filter == null) {
                filter = filters.newTaskFilter(definition.name())
                        .setQuery(definition.query())
                        .setProperties(TasklistFilters.properties(definition));
                filters.saveFilter(filter);
                log.info("Created Tasklist filter '{}' for {}", definition.name(), definition.readers());
            }
            for (String group : definition.readers()) {
                grantRead(authorizations, filter.getId(), group);
            }
        }
    }

    private static void grantRead(AuthorizationService authorizations, String filterId, String group) {
        boolean granted = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group)
                .resourceType(Resources.FILTER)
                .resourceId(filterId)
                .count() > 0;
        if (!granted) {
            Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            read.setGroupId(group);
            read.setResource(Resources.FILTER);
            read.setResourceId(filterId);
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }
}
