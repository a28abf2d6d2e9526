package io.casedesk.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.casedesk.OwnProcessEngine;
import io.casedesk.cases.process.CaseLifecycle;
import io.casedesk.platform.CaseApiClient;

/** What an administrator watches in Cockpit: running cases, and failures as incidents they can read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OwnProcessEngine.class)
class CockpitBrowserTest {

    static final String FAILURE = "Billing system unreachable: connection refused (deliberate browser-test failure)";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void theLifecycleDefinitionPageShowsTheRunningCases() {
        new CaseApiClient(rest).openCase("Cockpit should count this case");
        ProcessDefinition lifecycle = repository.createProcessDefinitionQuery().processDefinitionKey(CaseLifecycle.KEY)
                .latestVersion().singleResult();
        long running = runtime.createProcessInstanceQuery().processDefinitionId(lifecycle.getId()).count();
        assertThat(running).isPositive();

        try (var browser = new Browser("http://localhost:" + port, "cockpit-lifecycle")) {
            browser.logIn("cockpit", "admin", "admin");
            browser.open("/camunda/app/cockpit/default/#/process-definition/" + lifecycle.getId() + "/runtime");
            By currentVersion = By.cssSelector("dd.running-instances strong.current-version");
            String shown = browser.until(d -> {
                String text = d.findElement(currentVersion).getText().trim();
                return text.isEmpty() ? null : text;
            });
            // The diagram renders too (it is what an administrator reads the counts on).
            browser.visible(By.cssSelector(".djs-container svg"));
            browser.screenshot("definition-page");

            assertThat(Long.parseLong(shown)).isPositive().isEqualTo(running);
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .contains(lifecycle.getName(), lifecycle.getKey());
        }
    }

    @Test
    void aFailedJobShowsAsAnIncidentWithItsMessage() {
        String processInstanceId = startFailingProcess();
        Incident incident = awaitIncident(processInstanceId);
        assertThat(incident.getIncidentMessage()).isEqualTo(FAILURE);

        try (var browser = new Browser("http://localhost:" + port, "cockpit-incident")) {
            browser.logIn("cockpit", "admin", "admin");
            browser.open("/camunda/app/cockpit/default/#/process-definition/" + incident.getProcessDefinitionId()
                    + "/runtime?detailsTab=incidents-tab");
            By message = By.cssSelector("td.message a");
            String shown = browser.until(d -> {
                var cells = d.findElements(message);
                return cells.isEmpty() ? null : cells.get(0).getAttribute("textContent").trim();
            });
            browser.screenshot("incident");
            assertThat(shown).isEqualTo(FAILURE);

            // The instance page shows it too, on the failing activity.
            browser.open("/camunda/app/cockpit/default/#/process-instance/" + processInstanceId
                    + "/runtime?tab=incidents-tab");
            browser.until(d -> d.findElements(message).stream()
                    .anyMatch(a -> FAILURE.equals(a.getAttribute("textContent").trim())));
            browser.screenshot("incident-on-instance");
        }
    }

    /** A process whose only step fails every time, run asynchronously so the failure becomes a job incident. */
    private String startFailingProcess() {
        String key = "browser-test-failing-job";
        if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            var model = Bpmn.createExecutableProcess(key)
                    .name("Failing job (browser-test)")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .serviceTask("Task_CallBilling").name("Call billing")
                    .camundaAsyncBefore().camundaClass(FailingBillingCall.class.getName())
                    .endEvent()
                    .done();
            repository.createDeployment().name("browser-test failing job").addModelInstance(key + ".bpmn", model)
                    .deploy();
        }
        return runtime.startProcessInstanceByKey(key).getId();
    }

    /** The job executor retries three times, then raises the incident; this runs the retries without waiting. */
    private Incident awaitIncident(String processInstanceId) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(giveUp)) {
            Incident incident = runtime.createIncidentQuery().processInstanceId(processInstanceId).singleResult();
            if (incident != null) {
                return incident;
            }
            management.createJobQuery().processInstanceId(processInstanceId).withRetriesLeft().list().forEach(job -> {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException expected) {
                    // the step fails by design; the job executor may also have got there first
                }
            });
            pause(Duration.ofMillis(200));
        }
        throw new AssertionError("no incident for process instance " + processInstanceId + " within 60 s");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static class FailingBillingCall implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new IllegalStateException(FAILURE);
        }
    }
}
