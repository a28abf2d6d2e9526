package io.casedesk.platform.web;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description at {@code /v3/api-docs}: a title and version integrators can cite, HTTP
 * Basic as the security scheme (Swagger UI's Authorize button), and the problem-details answers
 * {@link ApiProblems} gives, which springdoc cannot see because the handlers return
 * {@code ProblemDetail} without a fixed status.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String TITLE = "Casedesk case API";
    /** The API's version, not the build's: it changes when the contract does. */
    static final String VERSION = "1";
    static final String BASIC_AUTH = "basicAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI casedeskApi() {
        return new OpenAPI()
                .info(new Info().title(TITLE).version(VERSION).description("""
                        Customers open, follow and answer their support cases; staff triage and work them. \
                        Every status change runs through the case-lifecycle process. Send the ETag you got as \
                        If-Match and a concurrent change answers 409. Every error is RFC 9457 problem details."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Customers: their portal e-mail and password. Staff: their Camunda user.")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            // Added here, after springdoc has collected the schemas of the controllers, so none replaces it.
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describeProblems(path, method, operation)));
        };
    }

    private static void describeProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        // An explicit success answer (201 Created, 202 Accepted) replaces springdoc's guessed 200.
        if (responses.keySet().stream().anyMatch(code -> code.startsWith("2") && !code.equals("200"))) {
            responses.remove("200");
        }
        boolean changes = method != PathItem.HttpMethod.GET;
        boolean oneCase = path.contains("{");
        add(responses, "400", "Invalid request: a field or parameter is wrong (see errors)");
        add(responses, "401", "Not logged in");
        add(responses, "403", "Not allowed for this user or organisation");
        if (oneCase) {
            add(responses, "404", "No such case, or not one this user may see");
        }
        if (changes && oneCase) {
            add(responses, "409", "The case changed meanwhile (stale If-Match) or its status does not allow this");
            add(responses, "422", "Refused by the case rules");
        }
        add(responses, "500", "Server error; nothing was changed");
        operation.setResponses(responses);
    }

    /**
     * Adds the answer, or gives a controller's own description of it the problem-details body:
     * springdoc would otherwise show the operation's success type for an error.
     */
    private static void add(ApiResponses responses, String code, String description) {
        ApiResponse response = responses.computeIfAbsent(code, c -> new ApiResponse().description(description));
        if (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON)) {
            response.content(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .properties(Map.of(
                        "type", new StringSchema().format("uri").description("Stable identifier of the kind of problem"),
                        "title", new StringSchema(),
                        "status", new IntegerSchema(),
                        "detail", new StringSchema().description("What went wrong, for a person"),
                        "instance", new StringSchema().format("uri"),
                        "errors", new ArraySchema().description("One entry per field or parameter that was wrong")
                                .items(new ObjectSchema().properties(Map.of("field", new StringSchema(),
                                        "message", new StringSchema())))));
    }
}
