package io.casedesk.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.OwnProcessEngine;
import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.Choice;
import io.casedesk.cases.ChoiceList;
import io.casedesk.cases.process.CaseLifecycle;
import io.casedesk.platform.CaseApiClient;
import io.casedesk.platform.identity.StaffGroups;
import io.casedesk.platform.tasklist.TasklistFilters;
import io.casedesk.sla.SlaClocks;

/**
 * One policy set's case, worked in Tasklist the way an analyst works it: the policy's own priority,
 * category, cause and solution words in the forms, "most urgent first" listing the most urgent case on
 * top, the staff case page opened from the task, and markup in the subject shown as text. Each
 * policy's subclass runs it on a context (and in-memory database) of its own.
 */
@ExtendWith(OwnProcessEngine.class)
abstract class PolicyJourney {

    static final String MARKUP = "<img src=x onerror=alert(1)> <b>Export</b>";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    CaseChoices choices;
    @Autowired
    SlaClocks clocks;

    abstract String policySet();

    @Test
    void anAnalystTriagesAndResolvesACaseWithThePolicysOwnWords() {
        assertThat(choices.policySet()).isEqualTo(policySet());
        List<Choice> priorities = choices.options(ChoiceList.PRIORITY);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // The fixture: a least urgent case opened first, then the most urgent one.
        String leastUrgent = open(MARKUP + " fails " + tag, priorities.get(priorities.size() - 1).value(), "TEST");
        String mostUrgent = open("Production down " + tag, priorities.get(0).value(), "PRODUCTION");
        Task leastTask = task(leastUrgent, CaseLifecycle.Tasks.TRIAGE);
        Task mostTask = task(mostUrgent, CaseLifecycle.Tasks.TRIAGE);
        assertThat(mostTask.getPriority()).isGreaterThan(leastTask.getPriority());
        // Each triage task is due when the first target it serves is (first response or acknowledgement).
        assertThat(mostTask.getDueDate()).as("due date of the most urgent triage; clocks %s",
                clocks.clocks(caseId(mostUrgent))).isNotNull();

        Choice priority = priorities.get(Math.min(1, priorities.size() - 1));
        List<Choice> categories = choices.options(ChoiceList.CATEGORY);
        Choice category = categories.get(categories.size() - 1);
        Choice cause = choices.options(ChoiceList.CAUSE).get(0);
        Choice solution = choices.options(ChoiceList.SOLUTION_TYPE).get(0);

        try (var browser = new Browser("http://localhost:" + port, "policy-journey-" + policySet())) {
            browser.logIn("tasklist", "analyst", "analyst");
            browser.click(filter(TasklistFilters.groupFilterName(StaffGroups.ANALYSTS)));
            By mostCard = card(mostTask.getId());
            By leastCard = card(leastTask.getId());
            browser.visible(mostCard);
            browser.visible(leastCard);
            List<String> order = browser.until(d -> {
                List<String> ids = d.findElements(By.cssSelector("section.tasks-list li.task a[href^='#/?task=']")).stream()
                        .map(a -> a.getAttribute("href").replaceAll(".*task=", "")).toList();
                return ids.contains(mostTask.getId()) && ids.contains(leastTask.getId()) ? ids : null;
            });
            assertThat(order.indexOf(mostTask.getId())).as("most urgent first: %s", order)
                    .isLessThan(order.indexOf(leastTask.getId()));
            // The task is named after its case; the markup in the subject is text in the list.
            assertThat(browser.driver().findElement(taskLink(leastTask.getId())).getText())
                    .isEqualTo("Triage and respond " + leastUrgent + ": " + MARKUP + " fails " + tag);
            assertThat(browser.driver().findElements(By.cssSelector("section.tasks-list img, section.tasks-list b"))).isEmpty();
            browser.screenshot("most-urgent-first");

            browser.click(taskLink(leastTask.getId()));
            browser.until(d -> d.findElement(By.cssSelector("section.task-details .fjs-form")).getText().contains(leastUrgent));
            browser.until(d -> (MARKUP + " fails " + tag).equals(d.findElement(field("caseSubject")).getAttribute("value")));
            assertThat(browser.driver().findElements(By.cssSelector("section.task-details img, section.task-details .fjs-form b")))
                    .isEmpty();
            browser.click(By.cssSelector("section.task-details button.claim"));
            browser.until(d -> d.findElement(field("firstReply")).isEnabled());
            // Every option the form offers is the policy's own.
            assertThat(choose(browser, "Priority", priority.label()))
                    .containsExactlyElementsOf(priorities.stream().map(Choice::label).toList());
            browser.driver().findElement(field("priorityReason")).sendKeys("Checked with the customer");
            choose(browser, "Category", category.label());
            browser.driver().findElement(field("firstReply")).sendKeys("Thanks, we are looking into it.");
            browser.screenshot("triage-filled");
            complete(browser);

            Task work = task(leastUrgent, CaseLifecycle.Tasks.WORK);
            browser.click(filter(TasklistFilters.MY_TASKS));
            browser.click(taskLink(work.getId()));
            browser.until(d -> d.findElement(By.cssSelector("section.task-details .fjs-form")).getText().contains(leastUrgent));
            browser.screenshot("work-opened");

            // The form's link opens the staff case page, in the same session.
            String tasklist = browser.driver().getCurrentUrl();
            browser.click(By.xpath("//section[contains(@class, 'task-details')]//a[normalize-space(.) = 'Open the case']"));
            switchToNewestWindow(browser);
            assertThat(browser.visible(By.id("subject")).getText()).isEqualTo(MARKUP + " fails " + tag);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/cases/" + leastUrgent);
            assertThat(browser.driver().findElements(By.cssSelector("main img, main b, main script"))).isEmpty();
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(category.value());
            browser.screenshot("case-page");
            backToTasklist(browser, tasklist);

            browser.click(By.xpath("//section[contains(@class, 'task-details')]//label[normalize-space(.) = 'Resolve']"));
            choose(browser, "Cause", cause.label());
            choose(browser, "Solution", solution.label());
            browser.driver().findElement(field("resolutionSummary")).sendKeys("Fixed by the patch of this week.");
            browser.screenshot("work-filled");
            complete(browser);
        }

        JsonNode resolved = new CaseApiClient(rest).staffView(leastUrgent);
        assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.path("priority").asText()).isEqualTo(priority.value());
        assertThat(resolved.path("category").asText()).isEqualTo(category.value());
        assertThat(resolved.path("resolutionCause").asText()).isEqualTo(cause.value());
        assertThat(resolved.path("solutionType").asText()).isEqualTo(solution.value());
    }

    /** The demo customer opens a case with the fields every policy set asks for (policy E's included). */
    private String open(String subject, String priority, String environment) {
        Map<String, Object> body = Map.of(
                "subject", subject,
                "description", "Opened by the " + policySet() + " journey. " + MARKUP,
                "category", choices.options(ChoiceList.CATEGORY).get(0).value(),
                "priority", priority,
                "environment", environment,
                "product", "Casedesk Demo Product",
                "productVersion", "7.4",
                "operatingSystem", "Ubuntu 24.04");
        ResponseEntity<JsonNode> created = rest.withBasicAuth(CaseApiClient.CUSTOMER, CaseApiClient.CUSTOMER_PASSWORD)
                .postForEntity("/api/customer/cases", body, JsonNode.class);
        assertThat(created.getStatusCode()).as("open case: %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("number").asText();
    }

    private long caseId(String number) {
        return new CaseApiClient(rest).staffView(number).path("id").asLong();
    }

    private Task task(String number, String taskKey) {
        String instance = new CaseApiClient(rest).staffView(number).path("processInstanceId").asText();
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("%s task of %s", taskKey, number).isNotNull();
        return task;
    }

    private static void complete(Browser browser) {
        browser.click(By.cssSelector("section.task-details button.btn-primary[ng-click='complete()']"));
        browser.until(d -> d.findElements(By.cssSelector("section.task-details .fjs-form")).isEmpty());
    }

    private static void switchToNewestWindow(Browser browser) {
        var driver = browser.driver();
        var handles = List.copyOf(driver.getWindowHandles());
        driver.switchTo().window(handles.get(handles.size() - 1));
    }

    /** Back from the case page: close its tab if the link opened one, else go back in history. */
    private static void backToTasklist(Browser browser, String tasklist) {
        var driver = browser.driver();
        if (driver.getWindowHandles().size() > 1) {
            driver.close();
            driver.switchTo().window(driver.getWindowHandles().iterator().next());
        } else {
            driver.navigate().to(tasklist);
        }
        browser.until(d -> d.findElement(By.cssSelector("section.task-details .fjs-form")).isDisplayed());
    }

    private static By filter(String name) {
        return By.xpath("//div[contains(@class, 'task-filter')]//h4/a[contains(normalize-space(.), \"" + name + "\")]");
    }

    private static By taskLink(String taskId) {
        return By.cssSelector("section.tasks-list a[href='#/?task=" + taskId + "']");
    }

    private static By card(String taskId) {
        return By.xpath("//section[contains(@class, 'tasks-list')]//li[contains(@class, 'task')][.//a[@href='#/?task="
                + taskId + "']]");
    }

    /** form-js gives each field the id {@code fjs-form-<random>-Field_<key>}. */
    private static By field(String key) {
        return By.cssSelector("section.task-details [id$='-Field_" + key + "']");
    }

    private static By select(String label) {
        return By.xpath("//section[contains(@class, 'task-details')]//div[contains(@class, 'fjs-form-field-select')]"
                + "[.//label[starts-with(normalize-space(.), '" + label + "')]]//div[contains(@class, 'fjs-input-group')]");
    }

    /** A form-js select: open it by its label, then pick the option; returns the labels it offered. */
    private static List<String> choose(Browser browser, String label, String option) {
        browser.click(select(label));
        List<String> offered = browser.until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector(".fjs-dropdownlist-item"));
            return items.isEmpty() ? null : items.stream().map(WebElement::getText).map(String::strip).toList();
        });
        browser.click(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = \"" + option + "\"]"));
        return offered;
    }
}
