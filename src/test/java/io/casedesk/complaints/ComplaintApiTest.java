package io.casedesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.complaints.process.ComplaintProcess;
import io.casedesk.platform.identity.StaffGroups;

/** Filing and following a complaint through the API; what a customer may not see stays not found. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:escalation-api;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "camunda.bpm.job-execution.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("dev")
class ComplaintApiTest {

    static final String DANA = "dana@acme.example";
    static final String SAM = "sam@globex.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    Complaints complaints;
    @Autowired
    TaskService tasks;
    @Autowired
    ObjectMapper json;

    long fileComplaint(String email) throws Exception {
        String body = mvc.perform(post("/api/customer/complaints").with(httpBasic(email, "customer"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"COMPLAINT\",\"subject\":\"Rude reply\",\"description\":\"The reply to my case was rude.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.acknowledgeDue").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        return ((Number) json.readValue(body, Map.class).get("id")).longValue();
    }

    @Test
    void aFiledComplaintWaitsForTheSupportManagersAndTheAcknowledgementReachesTheCustomer() throws Exception {
        long id = fileComplaint(DANA);

        var task = tasks.createTaskQuery().processInstanceBusinessKey("COMPLAINT-" + id)
                .taskDefinitionKey(ComplaintProcess.Elements.ACKNOWLEDGE).taskCandidateGroup(StaffGroups.MANAGERS)
                .singleResult();
        assertThat(task).isNotNull();
        tasks.complete(task.getId(), Map.of(ComplaintProcess.Vars.ACKNOWLEDGEMENT, "Sorry to hear that; we are looking into it."));

        mvc.perform(get("/api/customer/complaints/{id}", id).with(httpBasic(DANA, "customer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.statusText").value("Your complaint is under review by our VP of customer experience."))
                .andExpect(jsonPath("$.messages[*].body").value(hasItem("Sorry to hear that; we are looking into it.")))
                .andExpect(jsonPath("$.messages[*].recipient").value(hasItem(DANA)));
        mvc.perform(get("/api/complaints/{id}", id).with(httpBasic("vp", "vp")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messages[*].recipient").value(hasItem(StaffGroups.VP)));
    }

    @Test
    void anotherCustomersComplaintIsNotFound() throws Exception {
        long id = fileComplaint(DANA);

        mvc.perform(get("/api/customer/complaints/{id}", id).with(httpBasic(SAM, "customer")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/complaint-not-found"));
    }

    @Test
    void aComplaintNeedsAKindAndACaseTheCustomerMaySee() throws Exception {
        long before = complaints.count();

        mvc.perform(post("/api/customer/complaints").with(httpBasic(SAM, "customer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\":\"Slow\",\"description\":\"Too slow\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        String danasCase = firstCaseNumberOf(DANA);
        mvc.perform(post("/api/customer/complaints").with(httpBasic(SAM, "customer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"COMPLAINT\",\"subject\":\"Slow\",\"description\":\"Too slow\",\"caseNumber\":\""
                        + danasCase + "\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/case-not-found"));

        assertThat(complaints.count()).isEqualTo(before);
    }

    private String firstCaseNumberOf(String email) throws Exception {
        String body = mvc.perform(get("/api/customer/cases").with(httpBasic(email, "customer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("content").get(0).get("number").asText();
    }
}
