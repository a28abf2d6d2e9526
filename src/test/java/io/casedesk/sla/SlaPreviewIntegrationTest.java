package io.casedesk.sla;

import io.casedesk.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/sla/preview} over HTTP, with the tables the application deployed, and its problem details. */
class SlaPreviewIntegrationTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void previewsEveryTargetWithItsCalendar() throws Exception {
        // Policy D "High — response 1 business day, resolution 5 business days", pending Monday 15:00 to Tuesday 10:00
        preview("""
                {"policySet":"policy-d","priority":"High","environment":"PRODUCTION","receivedAt":"2026-06-01T11:00:00-04:00",
                 "pauses":[{"from":"2026-06-01T15:00:00-04:00","until":"2026-06-02T10:00:00-04:00"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.policySet").value("policy-d"))
                .andExpect(jsonPath("$.targets[0].target").value("first-response"))
                .andExpect(jsonPath("$.targets[0].calendar").value("Policy D business days"))
                .andExpect(jsonPath("$.targets[0].dueAt").value("2026-06-02T18:00:00Z"))
                .andExpect(jsonPath("$.targets[1].target").value("resolution"))
                .andExpect(jsonPath("$.targets[1].dueAt").value("2026-06-08T18:00:00Z"));
    }

    @Test
    void aZoneNameIsAsGoodAsAnOffset() throws Exception {
        // Policy C "P2 < 8 business hours": Tuesday 14:00 Chicago
        preview("""
                {"policySet":"policy-c","priority":"P2","receivedAt":"2026-06-02T14:00:00-05:00[America/Chicago]"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[0].dueAt").value("2026-06-03T16:00:00Z"));
    }

    @Test
    void aZoneIdWithoutOffsetIsEnough() throws Exception {
        // the same Tuesday 14:00 in Chicago, named by its zone alone; pauses take zone ids too
        preview("""
                {"policySet":"policy-c","priority":"P2","receivedAt":"2026-06-02T14:00:00[America/Chicago]",
                 "pauses":[{"from":"2026-06-02T15:00:00[America/Chicago]","until":"2026-06-02T16:00:00[America/Chicago]"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[0].dueAt").value("2026-06-03T17:00:00Z"));
        preview("""
                {"policySet":"policy-c","priority":"P2","receivedAt":"2026-06-02T14:00:00Z",
                 "pauses":[{"from":"2026-06-02T15:00:00","until":"2026-06-02T16:00:00Z"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pauses[0].from"))
                .andExpect(jsonPath("$.errors[0].message", containsString("needs an offset or zone")));
    }

    @Test
    void refusesALocalDateTime() throws Exception {
        preview("""
                {"policySet":"policy-c","priority":"P2","receivedAt":"2026-06-02T14:00:00"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("receivedAt"))
                .andExpect(jsonPath("$.detail", containsString("no offset or zone")));
    }

    @Test
    void refusesAnUnknownPolicySetOrTier() throws Exception {
        preview("""
                {"policySet":"policy-z","priority":"P2","receivedAt":"2026-06-02T14:00:00Z"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/unknown-policy-set"))
                .andExpect(jsonPath("$.detail", containsString("policy-a")));
        preview("""
                {"policySet":"policy-e","contractTier":"gold","priority":"Sev1","receivedAt":"2026-06-02T14:00:00Z"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contractTier"));
    }

    @Test
    void refusesOverlappingAndNegativePauses() throws Exception {
        preview("""
                {"policySet":"policy-d","priority":"Low","receivedAt":"2026-06-01T11:00:00Z",
                 "pauses":[{"from":"2026-06-01T15:00:00Z","until":"2026-06-01T17:00:00Z"},
                           {"from":"2026-06-01T16:00:00Z","until":"2026-06-01T18:00:00Z"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pauses"))
                .andExpect(jsonPath("$.detail", containsString("overlap")));
        preview("""
                {"policySet":"policy-d","priority":"Low","receivedAt":"2026-06-01T11:00:00Z",
                 "pauses":[{"from":"2026-06-01T15:00:00Z","until":"2026-06-01T14:00:00Z"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pauses[0]"));
    }

    @Test
    void refusesACalendarWithoutWorkingTime() throws Exception {
        preview("""
                {"policySet":"policy-c","priority":"P2","receivedAt":"2026-06-02T14:00:00Z",
                 "calendar":{"name":"Never","timeZone":"America/Chicago","hours":[]}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/calendar-without-working-time"))
                .andExpect(jsonPath("$.detail", containsString("no working time")));
    }

    @Test
    void customersCannotPreview() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/sla/preview").with(httpBasic("dana@acme.example", "customer"))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDescriptionDocumentsThePreviewWithExamples() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/sla/preview'].post.summary", containsString("What-if")))
                .andExpect(content().string(containsString("Policy D, High with a pause overnight")));
    }

    private ResultActions preview(String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/sla/preview").with(httpBasic("analyst", "analyst"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
