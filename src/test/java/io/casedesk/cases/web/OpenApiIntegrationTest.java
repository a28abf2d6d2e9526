package io.casedesk.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.casedesk.IntegrationTest;
import io.casedesk.hardening.Attack;

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

    /** Policy C runs here; the lists come from processes/case-choices.dmn, not from Java enums. */
    @Test
    void showsTheActivePolicySetsChoiceListsOnTheRequestFields() {
        JsonNode schemas = get("/v3/api-docs", null, null).json().path("components").path("schemas");
        assertThat(values(schemas.at("/NewCaseRequest/properties/priority/enum"))).containsExactly("P1", "P2", "P3", "P4");
        assertThat(values(schemas.at("/NewCaseRequest/properties/category/enum"))).containsExactly("Question",
                "Investigate", "Defect", "Enhancement request", "Outage", "Service request");
        assertThat(schemas.at("/NewCaseRequest/properties/priority/description").asText())
                .contains("policy-c", "`P1`: P1 \u2013 Urgent/Critical (production only)");
        assertThat(values(schemas.at("/RespondRequest/properties/priority/enum"))).containsExactly("P1", "P2", "P3", "P4");
        assertThat(values(schemas.at("/PriorityRequest/properties/priority/enum"))).containsExactly("P1", "P2", "P3", "P4");
        assertThat(values(schemas.at("/ResolveRequest/properties/cause/enum"))).containsExactly("CONFIGURATION_ERROR",
                "SOFTWARE_ERROR", "ENVIRONMENTAL_ERROR", "EXTERNAL_SOFTWARE_ERROR", "NOT_A_DEFECT");
        assertThat(values(schemas.at("/ResolveRequest/properties/solutionType/enum"))).contains("PATCH_OR_HOTFIX",
                "SERVICE_PACK").hasSize(7);
        assertThat(values(schemas.at("/CloseRequest/properties/reason/enum"))).containsExactly("CONFIRMED_BY_CUSTOMER",
                "NOT_A_DEFECT", "DUPLICATE", "ROUTED_TO_OTHER_TEAM");
    }

    private static java.util.List<String> values(JsonNode array) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    @Attack(item = "15.13", attack = "the OpenAPI description: title, version, security scheme",
            expected = "Casedesk case API, version 1, HTTP Basic")
    void namesTheApiItsVersionAndHowToLogIn() {
        JsonNode description = get("/v3/api-docs", null, null).json();
        assertThat(description.at("/info/title").asText()).isEqualTo("Casedesk case API");
        assertThat(description.at("/info/version").asText()).isEqualTo("1");
        assertThat(description.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
        assertThat(description.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(description.get("security").get(0).has("basicAuth")).isTrue();
    }

    @Test
    @Attack(item = "15.13", attack = "case creation documented as 200",
            expected = "201 (and 202 for a deferred reply) documented")
    void documentsCreatedAndAcceptedAnswersAsTheyAreSent() {
        JsonNode paths = get("/v3/api-docs", null, null).json().get("paths");
        for (String creation : new String[] { "/api/customer/cases", "/api/cases" }) {
            JsonNode responses = paths.at(pointer(creation) + "/post/responses");
            assertThat(responses.has("201")).as(creation).isTrue();
            assertThat(responses.has("200")).as(creation).isFalse();
        }
        JsonNode reply = paths.at(pointer("/api/customer/cases/{number}/replies") + "/post/responses");
        assertThat(reply.has("201")).isTrue();
        assertThat(reply.has("202")).isTrue();
    }

    @Test
    @Attack(item = "15.13", attack = "problem responses undocumented",
            expected = "application/problem+json answers on every case operation")
    void documentsProblemDetailsOnEveryCaseEndpoint() {
        JsonNode paths = get("/v3/api-docs", null, null).json().get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            String where = operation.getKey() + " " + path.getKey();
            assertThat(responses.at("/400/content").has("application/problem+json")).as(where).isTrue();
            assertThat(responses.at("/401/content").has("application/problem+json")).as(where).isTrue();
            if (path.getKey().contains("{number}")) {
                assertThat(responses.at("/404/content").has("application/problem+json")).as(where).isTrue();
            }
        }));
        JsonNode resolve = paths.at(pointer("/api/cases/{number}/resolve") + "/post/responses");
        assertThat(resolve.at("/409/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(get("/v3/api-docs", null, null).json().at("/components/schemas/Problem/properties").has("errors"))
                .isTrue();
    }

    @Test
    @Attack(item = "15.13", attack = "lists serialise PageImpl",
            expected = "own page type, same top-level fields")
    void listsArePagesOfTheApisOwnShape() {
        JsonNode description = get("/v3/api-docs", null, null).json();
        String list = description.at("/paths" + pointer("/api/cases") + "/get/responses/200/content").elements().next()
                .at("/schema/$ref").asText();
        assertThat(list).contains("PageView");
        JsonNode page = description.at("/components/schemas/" + list.substring(list.lastIndexOf('/') + 1) + "/properties");
        assertThat(page.has("content")).isTrue();
        assertThat(page.has("totalElements")).isTrue();
        assertThat(page.has("pageable")).isFalse();

        JsonNode answer = get("/api/customer/cases?size=5", "dana@acme.example", "customer").json();
        assertThat(answer.has("content")).isTrue();
        assertThat(answer.get("size").asInt()).isEqualTo(5);
        assertThat(answer.has("totalElements")).isTrue();
        assertThat(answer.has("pageable")).isFalse();
    }

    private static String pointer(String path) {
        return "/" + path.replace("~", "~0").replace("/", "~1");
    }

    @Test
    void swaggerUiLoads() {
        var page = get("/swagger-ui/index.html", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
