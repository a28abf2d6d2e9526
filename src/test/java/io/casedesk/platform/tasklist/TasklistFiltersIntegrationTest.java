package io.casedesk.platform.tasklist;

import io.casedesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.cases.process.CaseLifecycle;
import io.casedesk.platform.CaseApiClient;
import io.casedesk.platform.identity.StaffGroups;

class TasklistFiltersIntegrationTest extends IntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilterService filters;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    TasklistFilterSetup setup;
    @Autowired
    TestRestTemplate rest;

    final List<String> createdTasks = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        identity.clearAuthentication();
        createdTasks.forEach(id -> tasks.deleteTask(id, true));
    }

    @Test
    void eachWorkingGroupHasItsFilterAndEveryoneHasMyTasks() {
        List<String> names = filters.createTaskFilterQuery().list().stream().map(Filter::getName).toList();
        assertThat(names).contains(TasklistFilters.MY_TASKS);
        for (String group : TasklistFilters.WORKING_GROUPS) {
            assertThat(names).contains(TasklistFilters.groupFilterName(group));
        }
    }

    @Test
    void aGroupReadsItsOwnFiltersOnly() {
        assertThat(visibleFilterNames("analyst", StaffGroups.ANALYSTS)).containsExactlyInAnyOrder(
                TasklistFilters.MY_TASKS, TasklistFilters.groupFilterName(StaffGroups.ANALYSTS));
        assertThat(visibleFilterNames("manager", StaffGroups.MANAGERS)).containsExactlyInAnyOrder(
                TasklistFilters.MY_TASKS, TasklistFilters.groupFilterName(StaffGroups.MANAGERS));
        assertThat(visibleFilterNames("admin", StaffGroups.ADMINS)).contains(
                TasklistFilters.groupFilterName(StaffGroups.ANALYSTS),
                TasklistFilters.groupFilterName(StaffGroups.CEO));
    }

    @Test
    void aRestartCreatesNothingTwice() {
        long filtersBefore = filters.createFilterQuery().count();
        long grantsBefore = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).count();

        setup.postProcessEngineBuild(engine);
        setup.postProcessEngineBuild(engine);

        assertThat(filters.createFilterQuery().count()).isEqualTo(filtersBefore);
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).count())
                .isEqualTo(grantsBefore);
    }

    @Test
    void aFilterKeptByTheAdministratorIsNotOverwritten() {
        Filter analysts = filter(TasklistFilters.groupFilterName(StaffGroups.ANALYSTS));
        var properties = new java.util.HashMap<>(analysts.getProperties());
        properties.put("color", "#c00000");
        filters.saveFilter(analysts.setProperties(properties));

        setup.postProcessEngineBuild(engine);

        assertThat(filter(analysts.getName()).getProperties()).containsEntry("color", "#c00000");
    }

    @Test
    void aFilterStillSortedAsEarlierVersionsSortedIsMovedToTheCurrentOrderKeepingItsColour() {
        Filter analysts = filter(TasklistFilters.groupFilterName(StaffGroups.ANALYSTS));
        var properties = new java.util.HashMap<>(analysts.getProperties());
        properties.put("color", "#00c000");
        filters.saveFilter(analysts.setProperties(properties).setQuery(tasks.createTaskQuery()
                .taskCandidateGroup(StaffGroups.ANALYSTS).orderByDueDate().asc().orderByTaskPriority().desc()));
        assertThat(TasklistFilterSetup.sortsByDueDateFirst(filter(analysts.getName()))).isTrue();

        setup.postProcessEngineBuild(engine);

        Filter moved = filter(analysts.getName());
        assertThat(TasklistFilterSetup.sortsByDueDateFirst(moved)).isFalse();
        assertThat(moved.getProperties()).containsEntry("color", "#00c000")
                .containsEntry("description", "Unclaimed tasks for " + StaffGroups.displayName(StaffGroups.ANALYSTS)
                        + ", highest priority first, then by SLA due date");
    }

    @Test
    void theGroupFilterListsTheHighestPriorityOnTopThenTheTaskDueFirst() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String later = task("later", now.plus(3, ChronoUnit.HOURS), 90);
        String soonLow = task("soon-low", now.plus(1, ChronoUnit.HOURS), 10);
        String soonHigh = task("soon-high", now.plus(1, ChronoUnit.HOURS), 80);
        String laterHigh = task("later-high", now.plus(5, ChronoUnit.HOURS), 80);
        // No SLA target running: no due date, which the databases sort before every date.
        String noTargetLow = task("no-target-low", null, 10);
        String managers = task("for-managers", now, 100, StaffGroups.MANAGERS);

        List<String> listed = filters.<Task>list(filter(TasklistFilters.groupFilterName(StaffGroups.ANALYSTS)).getId())
                .stream().map(Task::getId).filter(createdTasks::contains).toList();

        assertThat(listed).containsExactly(later, soonHigh, laterHigh, noTargetLow, soonLow).doesNotContain(managers);
    }

    /**
     * The fixture of issue 11: a P4 question arrives first, then a P1 production outage. The
     * analysts' "most urgent first" filter, as stored, lists the P1 on top: its triage is due at the
     * P1's first-response target (hours) and ranks 100, the P4's is due in business days and ranks 70.
     */
    @Test
    void mostUrgentFirstListsTheP1AboveTheP4() {
        String p4 = openCase("Question about the export menu", "P4", "TEST");
        String p1 = openCase("Production line down", "P1", "PRODUCTION");
        Task p4Triage = triageOf(p4);
        Task p1Triage = triageOf(p1);
        assertThat(p1Triage.getPriority()).isEqualTo(100);
        assertThat(p4Triage.getPriority()).isEqualTo(70);
        assertThat(p1Triage.getDueDate()).isNotNull().isBefore(p4Triage.getDueDate());

        String filterId = filter(TasklistFilters.groupFilterName(StaffGroups.ANALYSTS)).getId();
        List<String> listed = filters.<Task>listPage(filterId, 0, 2000).stream().map(Task::getId)
                .filter(id -> id.equals(p1Triage.getId()) || id.equals(p4Triage.getId())).toList();
        assertThat(listed).containsExactly(p1Triage.getId(), p4Triage.getId());
    }

    private String openCase(String subject, String priority, String environment) {
        var created = rest.withBasicAuth(CaseApiClient.CUSTOMER, CaseApiClient.CUSTOMER_PASSWORD).postForEntity(
                "/api/customer/cases", java.util.Map.of("subject", subject, "description", "Fixture of issue 11",
                        "category", "Question", "priority", priority, "environment", environment), JsonNode.class);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return created.getBody().path("number").asText();
    }

    private Task triageOf(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(CaseLifecycle.Tasks.TRIAGE).singleResult();
    }

    @Test
    void theColumnsAreVariablesTheLifecycleSets() throws IllegalAccessException {
        List<String> lifecycleVariables = new ArrayList<>();
        for (var field : CaseLifecycle.Vars.class.getFields()) {
            lifecycleVariables.add((String) field.get(null));
        }
        assertThat(lifecycleVariables).containsAll(TasklistFilters.COLUMNS.keySet());
        assertThat(filter(TasklistFilters.MY_TASKS).getProperties()).containsKey("variables");
    }

    @Test
    void theGroupReadGrantIsOnTheFilterItself() {
        Filter managers = filter(TasklistFilters.groupFilterName(StaffGroups.MANAGERS));
        assertThat(authorizations.isUserAuthorized("manager", List.of(StaffGroups.MANAGERS), Permissions.READ,
                Resources.FILTER, managers.getId())).isTrue();
        assertThat(authorizations.isUserAuthorized("analyst", List.of(StaffGroups.ANALYSTS), Permissions.READ,
                Resources.FILTER, managers.getId())).isFalse();
    }

    @Test
    void anAnalystSeesTheCaseColumnsInTheList() {
        String number = new CaseApiClient(rest).openCase("Columns in the task list");
        String filterId = filter(TasklistFilters.groupFilterName(StaffGroups.ANALYSTS)).getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.valueOf("application/hal+json")));
        headers.setContentType(MediaType.APPLICATION_JSON);
        // What Tasklist asks for: the filter's tasks with their variables embedded.
        JsonNode listed = rest.withBasicAuth("analyst", "analyst").postForObject(
                "/engine-rest/filter/{id}/list?firstResult=0&maxResults=50", new HttpEntity<>("{}", headers),
                JsonNode.class, filterId);

        List<String> caseNumbers = new ArrayList<>();
        listed.path("_embedded").path("task").forEach(task -> task.path("_embedded").path("variable").forEach(v -> {
            if (v.path("name").asText().equals(CaseLifecycle.Vars.CASE_NUMBER)) {
                caseNumbers.add(v.path("value").asText());
            }
        }));
        assertThat(caseNumbers).contains(number);
    }

    private List<String> visibleFilterNames(String user, String group) {
        identity.setAuthentication(user, List.of(group));
        try {
            // Paged, as Tasklist asks: for a logged-in user the engine refuses an unbounded list (queryMaxResultsLimit).
            return filters.createTaskFilterQuery().listPage(0, 2000).stream().map(Filter::getName).toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    private Filter filter(String name) {
        return filters.createTaskFilterQuery().filterName(name).singleResult();
    }

    private String task(String name, Instant due, int priority) {
        return task(name, due, priority, StaffGroups.ANALYSTS);
    }

    private String task(String name, Instant due, int priority, String candidateGroup) {
        Task task = tasks.newTask();
        task.setName("filter-test " + name);
        task.setDueDate(due == null ? null : Date.from(due));
        task.setPriority(priority);
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), candidateGroup);
        createdTasks.add(task.getId());
        return task.getId();
    }
}
