package io.casedesk.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

/**
 * A customer writes markup into a case's subject and description. In Tasklist the task's name and
 * the triage form show it as the text it is: no element it names is rendered, no script it carries
 * runs. The form shows the case read-only, the first-response due time and the link to the case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OwnProcessEngine.class)
class CaseOnTheTaskBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;

    @Test
    void markupFromTheCustomerShowsAsTextOnTheTaskAndItsForm() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String subject = "<b id='bold-" + tag + "'>Export</b> <img src=x onerror=\"window.xss='" + tag + "'\"> fails";
        String description = "Steps: <script>window.xss='" + tag + "'</script> then **click** export";
        var created = rest.withBasicAuth(CaseApiClient.CUSTOMER, CaseApiClient.CUSTOMER_PASSWORD).postForEntity(
                "/api/customer/cases", Map.of("subject", subject, "description", description, "category", "Defect",
                        "priority", "P2", "environment", "PRODUCTION"), JsonNode.class);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        String number = created.getBody().path("number").asText();
        Task triage = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(CaseLifecycle.Tasks.TRIAGE).singleResult();

        try (var browser = new Browser("http://localhost:" + port, "case-on-the-task")) {
            browser.logIn("tasklist", "analyst", "analyst");
            browser.click(By.xpath("//div[contains(@class, 'task-filter')]//h4/a[contains(normalize-space(.), \""
                    + TasklistFilters.groupFilterName(StaffGroups.ANALYSTS) + "\")]"));
            By taskInList = By.cssSelector("section.tasks-list a[href='#/?task=" + triage.getId() + "']");
            assertThat(browser.visible(taskInList).getText()).isEqualTo("Triage and respond " + number + ": " + subject);
            browser.click(taskInList);
            browser.until(d -> d.findElement(By.cssSelector("section.task-details .fjs-form")).getText().contains(number));
            var subjectField = browser.visible(field("caseSubject"));
            browser.until(d -> subject.equals(subjectField.getAttribute("value")));
            assertThat(browser.driver().findElement(field("caseDescription")).getAttribute("value")).isEqualTo(description);
            assertThat(browser.driver().findElement(field("caseSubject")).getAttribute("readonly")).isNotNull();
            // The first-response target's due time, in the browser's time zone, and the way to the whole case.
            assertThat(browser.driver().findElement(field("slaFirstResponseDue-date")).getAttribute("value")).isNotBlank();
            assertThat(browser.driver().findElement(By.xpath("//section[contains(@class, 'task-details')]"
                    + "//a[normalize-space(.) = 'Open the case']")).getAttribute("href")).endsWith("/staff/cases/" + number);
            browser.screenshot("form-with-the-case");
            // form-js reads the UTC instant with the browser's Date and shows its local hours and minutes.
            String due = (String) tasks.getVariableLocal(triage.getId(), "slaFirstResponseDue");
            Object local = ((JavascriptExecutor) browser.driver()).executeScript("var d = new Date(arguments[0]);"
                    + " return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');", due);
            var time = browser.driver().findElement(field("slaFirstResponseDue-time"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", time);
            assertThat(time.getAttribute("value")).isEqualTo(local);
            browser.screenshot("due-times");

            assertThat(browser.driver().findElements(By.id("bold-" + tag))).as("no element from the subject").isEmpty();
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.xss === undefined"))
                    .as("no script from the customer ran").isEqualTo(true);
        }
    }

    /** form-js gives each field the id {@code fjs-form-<random>-Field_<key>}. */
    private static By field(String key) {
        return By.cssSelector("section.task-details [id$='-Field_" + key + "']");
    }
}
