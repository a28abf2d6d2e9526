package io.casedesk.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.IntegrationTest;

/** The API description is public, complete for the case API, and Swagger UI serves it. */
class OpenApiIntegrationTest extends IntegrationTest {

    @Test
    void describesTheStaffAndCustomerCaseApis() {
        var description = get("/v3/api-docs", null, null);
        assertThat(description.status()).isEqualTo(200);
        JsonNode paths = description.json().get("paths");
        assertThat(paths.has("/api/cases")).isTrue();
        assertThat(paths.has("/api/cases/{number}/resolve")).isTrue();
        assertThat(paths.has("/api/customer/cases/{number}/confirm")).isTrue();
        assertThat(paths.get("/api/cases/{number}/hold").get("post").get("summary").asText())
                .contains("On Hold");
    }

    @Test
    void swaggerUiLoads() {
        var page = get("/swagger-ui/index.html", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
