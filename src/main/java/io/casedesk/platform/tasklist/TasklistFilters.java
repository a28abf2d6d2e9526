package io.casedesk.platform.tasklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

import io.casedesk.platform.identity.StaffGroups;

/**
 * The shared Tasklist filters: "My tasks" for all staff, and for each group its open work, sorted
 * by the case's priority (the task's rank), then by the SLA target the task serves, due first. Priority
 * leads because not every task has a due date (a target paused for missing information, a priority the
 * policy gives no target, as policy E's Sev4) and the databases sort a missing date before every other:
 * sorted by due date first, such a Sev4 would stand above an outage.
 */
public final class TasklistFilters {

    public static final String MY_TASKS = "My tasks";

    /** Staff who work tasks, up the escalation ladder. Administrators see everything in Cockpit instead. */
    static final List<String> WORKING_GROUPS = List.of(StaffGroups.ANALYSTS, StaffGroups.MANAGERS, StaffGroups.VP,
            StaffGroups.CEO);

    /**
     * Process variables Tasklist shows as columns (name, label). Platform does not depend on the case
     * feature, so these are the names, not CaseLifecycle's constants; TasklistFiltersIntegrationTest
     * keeps them in line.
     */
    static final Map<String, String> COLUMNS = columns("caseNumber", "Case", "priority", "Priority", "category",
            "Category");

    /** One filter to create: its name, for whom, and what it shows. */
    record Definition(String name, String description, List<String> readers, int order, TaskQuery query) {
    }

    public static String groupFilterName(String groupId) {
        return StaffGroups.displayName(groupId) + ": most urgent first";
    }

    static List<Definition> all(TaskService tasks) {
        List<Definition> definitions = new ArrayList<>();
        definitions.add(new Definition(MY_TASKS, "Tasks assigned to me, highest priority first, then due first", StaffGroups.ALL, -10,
                mostUrgentFirst(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"))));
        int order = 0;
        for (String group : WORKING_GROUPS) {
            definitions.add(new Definition(groupFilterName(group),
                    "Unclaimed tasks for " + StaffGroups.displayName(group) + ", highest priority first, then by SLA due date",
                    List.of(group, StaffGroups.ADMINS), order++,
                    mostUrgentFirst(tasks.createTaskQuery().taskCandidateGroup(group))));
        }
        return definitions;
    }

    /** Tasklist shows these properties: display order, auto-refresh, and the case columns. */
    static Map<String, Object> properties(Definition definition) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", definition.description());
        properties.put("priority", definition.order());
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", COLUMNS.entrySet().stream().map(c -> variable(c.getKey(), c.getValue())).toList());
        return properties;
    }

    private static Map<String, String> variable(String name, String label) {
        return Map.of("name", name, "label", label);
    }

    private static TaskQuery mostUrgentFirst(TaskQuery query) {
        return query.orderByTaskPriority().desc().orderByDueDate().asc();
    }

    private static Map<String, String> columns(String... namesAndLabels) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLabels.length; i += 2) {
            columns.put(namesAndLabels[i], namesAndLabels[i + 1]);
        }
        return columns;
    }

    private TasklistFilters() {
    }
}
