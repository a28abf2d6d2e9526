package io.casedesk.cases.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.cases.Actor;
import io.casedesk.cases.BusinessImpact;
import io.casedesk.cases.Case;
import io.casedesk.cases.CaseActions;
import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.CaseDraft;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.Channel;
import io.casedesk.cases.ChoiceList;
import io.casedesk.cases.Environment;
import io.casedesk.cases.InvalidCaseValueException;
import io.casedesk.cases.NewCase;
import io.casedesk.cases.process.CaseLifecycle.Vars;
import io.casedesk.customers.CustomerDirectory;

/**
 * Policy D on a live context (its own database): a case with severity "High" is triaged and
 * resolved in Tasklist's way (the engine's form API) with D's own lists, a P2 or a policy-C cause is
 * refused naming D's lists, the API answers problem details, the phone-call start form is served
 * with D's lists, and a deployed change of case-choices.dmn reaches the next task.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:policy-d-choices;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "camunda.bpm.job-execution.enabled=false",
        "casedesk.sla.policy-set=policy-d" })
@ActiveProfiles("dev")
@AutoConfigureMockMvc
class PolicyDChoicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    CaseActions actions;
    @Autowired
    CaseService cases;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    CaseChoices choices;
    @Autowired
    FormService forms;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    MockMvc mvc;

    @Test
    void theListsArePolicyDsOwn() {
        assertThat(choices.policySet()).isEqualTo("policy-d");
        assertThat(choices.values(ChoiceList.PRIORITY)).containsExactly("High", "Medium", "Low");
        assertThat(choices.values(ChoiceList.CAUSE)).containsExactly("PROGRAM_DEFECT", "NOT_A_DEFECT", "ENHANCEMENT_REQUEST");
        assertThat(choices.staffClosingReasons()).containsExactly("NOT_A_DEFECT");
    }

    @Test
    void aHighSeverityCaseIsTriagedAndResolvedWithPolicyDsListsAndP2IsRefused() throws Exception {
        Case supportCase = open("High");
        assertThat(supportCase.getPriority()).isEqualTo("High");
        Task triage = task(supportCase, CaseLifecycle.Tasks.TRIAGE);
        assertThat(options(triage, "priorityOptions")).containsExactly("High", "Medium", "Low");
        assertThat(options(triage, "categoryOptions")).containsExactly("Defect", "Documentation", "General information",
                "Enhancement request");

        assertThatThrownBy(() -> forms.submitTaskForm(triage.getId(), Map.of(Vars.PRIORITY, "P2", Vars.CATEGORY, "Defect",
                Vars.FIRST_REPLY, "On it")))
                .isInstanceOf(InvalidCaseValueException.class)
                .hasMessage("'P2' is not a priority; choose one of [High, Medium, Low].");
        assertThat(cases.get(supportCase.getNumber(), new io.casedesk.cases.CaseAccess.Staff("analyst"))
                .getStatus().name()).isEqualTo("OPEN");

        forms.submitTaskForm(triage.getId(), Map.of(Vars.PRIORITY, "Medium", Vars.PRIORITY_REASON, "Workaround deployed",
                Vars.CATEGORY, "Documentation", Vars.FIRST_REPLY, "On it"));
        Task work = task(supportCase, CaseLifecycle.Tasks.WORK);
        assertThat(options(work, "causeOptions")).containsExactly("PROGRAM_DEFECT", "NOT_A_DEFECT", "ENHANCEMENT_REQUEST");
        assertThat(options(work, "closingReasonOptions")).containsExactly("NOT_A_DEFECT");

        assertThatThrownBy(() -> forms.submitTaskForm(work.getId(), Map.of(Vars.ACTION, "resolve",
                Vars.RESOLUTION_CAUSE, "CONFIGURATION_ERROR", Vars.SOLUTION_TYPE, "KNOWLEDGE_ARTICLE")))
                .isInstanceOf(InvalidCaseValueException.class)
                .hasMessage("'CONFIGURATION_ERROR' is not a cause; choose one of [PROGRAM_DEFECT, NOT_A_DEFECT, "
                        + "ENHANCEMENT_REQUEST].");
        forms.submitTaskForm(work.getId(), Map.of(Vars.ACTION, "resolve", Vars.RESOLUTION_CAUSE, "PROGRAM_DEFECT",
                Vars.SOLUTION_TYPE, "KNOWLEDGE_ARTICLE", Vars.RESOLUTION_SUMMARY, "Added to the solution library"));

        Case resolved = cases.get(supportCase.getNumber(), new io.casedesk.cases.CaseAccess.Staff("analyst"));
        assertThat(resolved.getStatus().name()).isEqualTo("RESOLVED");
        assertThat(resolved.getPriority()).isEqualTo("Medium");
        assertThat(resolved.getCategory()).isEqualTo("Documentation");
        assertThat(resolved.getResolutionCause()).isEqualTo("PROGRAM_DEFECT");
        assertThat(resolved.getSolutionType()).isEqualTo("KNOWLEDGE_ARTICLE");
    }

    @Test
    void theApiAnswersProblemDetailsNamingPolicyDsLists() throws Exception {
        Case supportCase = open("Low");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/cases/{n}/priority", supportCase.getNumber()).with(httpBasic("analyst", "analyst"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"priority\":\"P2\",\"reason\":\"Urgent\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("priority"))
                .andExpect(jsonPath("$.errors[0].message").value("'P2' is not a priority; choose one of [High, Medium, Low]."));
        mvc.perform(post("/api/cases/{n}/close", supportCase.getNumber()).with(httpBasic("analyst", "analyst"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"DUPLICATE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
                        "[CONFIRMED_BY_CUSTOMER, NO_RESPONSE, NOT_A_DEFECT]")));
    }

    @Test
    void thePhoneCallStartFormIsServedWithPolicyDsLists() throws Exception {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(CaseLifecycle.KEY)
                .latestVersion().singleResult().getId();
        var request = new MockHttpServletRequest("GET",
                "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/deployed-start-form");
        var response = new MockHttpServletResponse();
        byte[] deployed = forms.getDeployedStartForm(definitionId).readAllBytes();
        new StartFormOptionsFilter(choices).doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                    throws java.io.IOException {
                res.setContentType("application/json");
                res.getOutputStream().write(deployed);
            }
        }));
        JsonNode form = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        JsonNode priority = null;
        for (JsonNode component : form.path("components")) {
            if (Vars.PRIORITY.equals(component.path("key").asText())) {
                priority = component;
            }
        }
        assertThat(priority.path("values").findValuesAsText("value")).containsExactly("High", "Medium", "Low");
        assertThat(priority.path("values").path(0).path("label").asText())
                .isEqualTo("High \u2013 major feature/function failure, no acceptable workaround");
    }

    @Test
    void aDeployedChangeOfTheTableReachesTheNextTaskAndAnIncompleteOneIsRefused() throws Exception {
        String original = Files.readString(Path.of("processes/case-choices.dmn"));
        String lowLabel = "<text>\"Low \u2013 minor problem: documentation, general information, enhancement request\"</text>";
        assertThat(original).contains(lowLabel);
        String changed = original.replace(lowLabel, "<text>\"Low \u2013 changed in the Modeler\"</text>");
        try {
            repository.createDeployment().name("case-choices").addString("case-choices.dmn", changed).deploy();
            Task triage = task(open("Low"), CaseLifecycle.Tasks.TRIAGE);
            assertThat(labels(triage, "priorityOptions")).containsExactly(
                    "High \u2013 major feature/function failure, no acceptable workaround",
                    "Medium \u2013 minor feature/function failure, acceptable workaround deployed",
                    "Low \u2013 changed in the Modeler");

            String lowMissing = original.replaceAll("(?s)<rule id=\"Rule_choice_\\d+\">\\s*(?:<description>[^<]*</description>\\s*)?<inputEntry[^>]*><text>\"policy-d\""
                    + "</text></inputEntry>\\s*<inputEntry[^>]*><text>\"priority\"</text></inputEntry>\\s*"
                    + "<outputEntry[^>]*><text>\"Low\"</text>.*?</rule>\\s*", "");
            assertThat(lowMissing).isNotEqualTo(original);
            assertThatThrownBy(() -> repository.createDeployment().name("case-choices")
                    .addString("case-choices.dmn", lowMissing).deploy())
                    .isInstanceOf(ParseException.class)
                    .hasMessageContaining("case-choices.dmn")
                    .hasMessageContaining("the priorities of policy set 'policy-d' are [High, Medium], but its priority "
                            + "scheme is [High, Medium, Low]");
        } finally {
            repository.createDeployment().name("case-choices").addString("case-choices.dmn", original).deploy();
        }
        assertThat(choices.options(ChoiceList.PRIORITY).get(2).label()).startsWith("Low \u2013 minor problem");
    }

    private Case open(String priority) {
        var contact = customers.contactByEmail("dana@acme.example").orElseThrow();
        var draft = new CaseDraft("Export fails", "Monthly export stops at 80%", "Defect", priority, Environment.PRODUCTION,
                "Product", "1.0", null, BusinessImpact.NONE, Channel.PORTAL);
        return actions.open(new NewCase(draft, contact, null, null), Actor.customer(contact.email(), contact.name()));
    }

    private Task task(Case supportCase, String definitionKey) {
        return tasks.createTaskQuery().processInstanceId(cases.get(supportCase.getNumber(),
                new io.casedesk.cases.CaseAccess.Staff("analyst")).getProcessInstanceId())
                .taskDefinitionKey(definitionKey).singleResult();
    }

    /** What Tasklist's form-js gets under a valuesKey: the task's form variable, a JSON array. */
    private List<String> options(Task task, String valuesKey) throws Exception {
        return optionArray(task, valuesKey).findValuesAsText("value");
    }

    private List<String> labels(Task task, String valuesKey) throws Exception {
        return optionArray(task, valuesKey).findValuesAsText("label");
    }

    private JsonNode optionArray(Task task, String valuesKey) throws Exception {
        var typed = (SerializableValue) forms.getTaskFormVariables(task.getId(), null, false).getValueTyped(valuesKey);
        return JSON.readTree(typed.getValueSerialized());
    }
}
