package io.casedesk.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.OwnProcessEngine;
import io.casedesk.cases.process.CaseLifecycle;
import io.casedesk.platform.CaseApiClient;
import io.casedesk.platform.identity.StaffGroups;
import io.casedesk.platform.tasklist.TasklistFilters;

/** Staff work in Camunda Tasklist: the journeys as an agent and a manager make them, in Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OwnProcessEngine.class)
class TasklistBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @Test
    void anAnalystTriagesANewCaseInTasklist() {
        var api = new CaseApiClient(rest);
        String number = api.openCase("Label printer prints blank pages");
        String taskId = triageTaskOf(api.staffView(number).path("processInstanceId").asText()).getId();

        try (var browser = new Browser("http://localhost:" + port, "tasklist-triage")) {
            browser.logIn("tasklist", "analyst", "analyst");
            browser.click(filter(TasklistFilters.groupFilterName(StaffGroups.ANALYSTS)));
            By taskInList = By.cssSelector("section.tasks-list a[href='#/?task=" + taskId + "']");
            assertThat(browser.visible(taskInList).getText()).startsWith("Triage and respond " + number + ": Label printer");
            // The filter's columns: the case number shows on the task's card in the list.
            By card = By.xpath("//section[contains(@class, 'tasks-list')]//li[contains(@class, 'task')]"
                    + "[.//a[@href='#/?task=" + taskId + "']]");
            browser.until(d -> d.findElement(card).getText().contains(number));
            browser.click(taskInList);
            // The Camunda Form renders with the case number from the process.
            browser.until(d -> d.findElement(By.cssSelector("section.task-details .fjs-form")).getText().contains(number));
            browser.screenshot("task-opened");

            browser.click(By.cssSelector("section.task-details button.claim"));
            browser.until(d -> d.findElement(field("firstReply")).isEnabled());
            choose(browser, "Priority", "P2 \u2013 High");
            browser.driver().findElement(field("priorityReason")).sendKeys("Blocks shipping at two sites");
            choose(browser, "Category", "Defect");
            browser.driver().findElement(field("firstReply")).sendKeys("Thanks for the report, we are looking into it.");
            browser.screenshot("form-filled");

            browser.click(By.cssSelector("section.task-details button.btn-primary[ng-click='complete()']"));
            // Tasklist closes the form once the engine has completed the task, and offers the next one.
            browser.until(d -> d.findElements(By.cssSelector("section.task-details .fjs-form")).isEmpty());
            browser.visible(By.xpath("//*[contains(normalize-space(.), 'Work the case')]"));
            browser.screenshot("completed");
        }

        JsonNode handled = api.staffView(number);
        assertThat(handled.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(handled.path("statusLabel").asText()).isEqualTo("In Progress");
        assertThat(handled.path("priority").asText()).isEqualTo("P2");
        assertThat(handled.path("category").asText()).isEqualTo("Defect");
        assertThat(handled.path("owner").asText()).isEqualTo("analyst");
        assertThat(handled.path("conversation").findValuesAsText("body"))
                .contains("Thanks for the report, we are looking into it.");
    }

    @Test
    void anAgentLogsAPhoneCallWithTheStartForm() {
        var api = new CaseApiClient(rest);
        String subject = "Phone: export to CSV fails " + UUID.randomUUID().toString().substring(0, 8);
        // The browser runs on this machine, in its time zone: yesterday morning is always in the past.
        String yesterday = LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));

        try (var browser = new Browser("http://localhost:" + port, "tasklist-phone-call")) {
            browser.logIn("tasklist", "analyst", "analyst");
            browser.click(By.xpath("//a[contains(normalize-space(.), 'Start process')]"));
            browser.click(By.xpath("//div[contains(@class, 'modal')]//a[normalize-space(.) = 'Support case']"));
            browser.visible(modalField("requesterEmail")).sendKeys(CaseApiClient.CUSTOMER);
            var date = browser.driver().findElement(modalField("callReceivedAt-date"));
            date.sendKeys(yesterday);
            date.sendKeys(Keys.ENTER);
            var time = browser.driver().findElement(modalField("callReceivedAt-time"));
            time.sendKeys("09:15");
            time.sendKeys(Keys.TAB);
            browser.driver().findElement(modalField("subject")).sendKeys(subject);
            browser.driver().findElement(modalField("description")).sendKeys("The export button shows an error 500.");
            browser.click(modalField("environment-1")); // Test
            // The start form's lists come from case-choices.dmn (policy C here), filled in as the form is served.
            choose(browser, "Category", "Defect");
            choose(browser, "Priority", "P3 \u2013 Medium");
            browser.screenshot("start-form-filled");
            browser.click(By.cssSelector(".modal button[ng-click='startProcessInstance()']"));
            browser.until(d -> d.findElements(By.cssSelector(".modal")).isEmpty());
            browser.screenshot("started");
        }

        JsonNode found = api.search(subject);
        assertThat(found.size()).as("cases with subject %s", subject).isEqualTo(1);
        JsonNode logged = api.staffView(found.get(0).path("number").asText());
        assertThat(logged.path("status").asText()).isEqualTo("OPEN");
        assertThat(logged.path("channel").asText()).isEqualTo("PHONE");
        assertThat(logged.path("environment").asText()).isEqualTo("TEST");
        assertThat(logged.path("category").asText()).isEqualTo("Defect");
        assertThat(logged.path("priority").asText()).isEqualTo("P3");
        assertThat(logged.path("requesterEmail").asText()).isEqualTo(CaseApiClient.CUSTOMER);
        assertThat(logged.path("receivedAt").asText()).startsWith(LocalDate.now().minusDays(1).toString());
        assertThat(triageTaskOf(logged.path("processInstanceId").asText())).isNotNull();
    }

    /**
     * The customer escalates twice (stalled, then still stalled): the ladder of the real
     * {@code escalation} process moves from the assigned analyst to the support managers.
     */
    @Test
    void aManagerSeesAnEscalationTask() {
        var api = new CaseApiClient(rest);
        String number = api.openCase("Escalated in the browser");
        for (int i = 0; i < 2; i++) {
            var escalated = rest.withBasicAuth(CaseApiClient.CUSTOMER, CaseApiClient.CUSTOMER_PASSWORD)
                    .postForEntity("/api/customer/cases/{number}/escalate", Map.of("reason", "PROGRESS_STALLED"),
                            JsonNode.class, number);
            assertThat(escalated.getStatusCode().is2xxSuccessful()).as("escalate: %s", escalated.getBody()).isTrue();
        }
        Task escalation = tasks.createTaskQuery().processDefinitionKey("escalation").processInstanceBusinessKey(number)
                .taskCandidateGroup(StaffGroups.MANAGERS).singleResult();
        assertThat(escalation).as("manager-level escalation task of %s", number).isNotNull();

        try (var browser = new Browser("http://localhost:" + port, "tasklist-escalation")) {
            browser.logIn("tasklist", "manager", "manager");
            browser.click(filter(TasklistFilters.groupFilterName(StaffGroups.MANAGERS)));
            By taskInList = By.cssSelector("section.tasks-list a[href='#/?task=" + escalation.getId() + "']");
            assertThat(browser.visible(taskInList).getText()).startsWith("Support manager reviews " + number + ": ");
            browser.click(taskInList);
            browser.until(d -> d.findElement(By.cssSelector("section.task-details")).getText().contains("Support managers"));
            browser.screenshot("escalation-task");
            // An analyst does not see the managers' work.
            browser.driver().manage().deleteAllCookies();
            browser.logIn("tasklist", "analyst", "analyst");
            browser.visible(filter(TasklistFilters.MY_TASKS));
            List<String> analystFilters = browser.until(d -> {
                List<String> names = new ArrayList<>();
                d.findElements(By.cssSelector(".task-filter h4 a")).forEach(a -> names.add(a.getText()));
                return names.stream().anyMatch(n -> n.contains(StaffGroups.displayName(StaffGroups.ANALYSTS)))
                        ? names : null;
            });
            browser.screenshot("analyst-filters");
            assertThat(analystFilters).noneMatch(name -> name.contains(StaffGroups.displayName(StaffGroups.MANAGERS)));
        }
    }

    private Task triageTaskOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(CaseLifecycle.Tasks.TRIAGE).singleResult();
    }

    private static By filter(String name) {
        return By.xpath("//div[contains(@class, 'task-filter')]//h4/a[contains(normalize-space(.), \"" + name + "\")]");
    }

    /** form-js gives each field the id {@code fjs-form-<random>-Field_<key>}. */
    private static By field(String key) {
        return By.cssSelector("section.task-details [id$='-Field_" + key + "']");
    }

    private static By modalField(String key) {
        return By.cssSelector(".modal [id$='-Field_" + key + "']");
    }

    /** A form-js select: open it by its label, then pick the option. */
    private static void choose(Browser browser, String label, String option) {
        browser.click(By.xpath("//div[contains(@class, 'fjs-form-field-select')][.//label[starts-with(normalize-space(.), '"
                + label + "')]]//div[contains(@class, 'fjs-input-group')]"));
        browser.click(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = '" + option + "']"));
    }
}
