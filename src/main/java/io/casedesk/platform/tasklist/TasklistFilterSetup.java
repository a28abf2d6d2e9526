package io.casedesk.platform.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters once, found again by name on every restart. A filter that
 * exists is left as an administrator may have changed it (only the sort order of earlier versions is
 * moved on); the groups' READ grants are ensured.
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
            } else if (sortsByDueDateFirst(filter)) {
                var properties = new java.util.HashMap<>(filter.getProperties());
                properties.put("description", definition.description());
                filters.saveFilter(filter.setQuery(definition.query()).setProperties(properties));
                log.info("Tasklist filter '{}' now lists the highest priority first", definition.name());
            }
            for (String group : definition.readers()) {
                grantRead(authorizations, filter.getId(), group);
            }
        }
    }

    /**
     * A filter as earlier versions created it and nobody re-sorted: due date first, then priority. It
     * put tasks without a due date above all others, so it moves to the current order (its other
     * settings, such as a colour, stay).
     */
    static boolean sortsByDueDateFirst(Filter filter) {
        if (!(filter.getQuery() instanceof TaskQueryImpl query)) {
            return false;
        }
        List<QueryOrderingProperty> order = query.getOrderingProperties();
        return order.size() == 2
                && order.get(0).getQueryProperty().equals(TaskQueryProperty.DUE_DATE)
                && order.get(0).getDirection() == Direction.ASCENDING
                && order.get(1).getQueryProperty().equals(TaskQueryProperty.PRIORITY)
                && order.get(1).getDirection() == Direction.DESCENDING;
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
