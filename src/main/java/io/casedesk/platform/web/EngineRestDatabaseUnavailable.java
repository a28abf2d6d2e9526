package io.casedesk.platform.web;

import org.camunda.bpm.engine.ProcessEngineException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.platform.database.DatabaseOutage;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;

/**
 * The engine REST API's answer when the database becomes unreachable after the log-in (which
 * {@link DatabaseUnavailableFilter} covers): Camunda's own exception mappers would answer 500; these
 * answer 503 problem details with {@code Retry-After}, as Casedesk's API does. They take only
 * database outages ({@link #isMappable}) and rank before Camunda's mappers of the same exception
 * types, so every other failure still gets Camunda's answer.
 */
final class EngineRestDatabaseUnavailable {

    private EngineRestDatabaseUnavailable() {
    }

    /** Jersey prefers, among mappers for the same type, the one with the lower priority value. */
    static final int BEFORE_CAMUNDA = 100;

    @Priority(BEFORE_CAMUNDA)
    static class EngineFailures extends Mapper<ProcessEngineException> {
        EngineFailures(DatabaseOutage outage, ObjectMapper json) {
            super(outage, json);
        }
    }

    /** What the engine does not wrap: Spring's transaction manager fails before the engine's command runs. */
    @Priority(BEFORE_CAMUNDA)
    static class OtherFailures extends Mapper<Throwable> {
        OtherFailures(DatabaseOutage outage, ObjectMapper json) {
            super(outage, json);
        }
    }

    abstract static class Mapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

        private final DatabaseOutage outage;
        private final ObjectMapper json;

        Mapper(DatabaseOutage outage, ObjectMapper json) {
            this.outage = outage;
            this.json = json;
        }

        @Override
        public boolean isMappable(E failure) {
            return DatabaseOutage.isCause(failure);
        }

        @Override
        public Response toResponse(E failure) {
            outage.failed("an engine REST call", failure);
            try {
                return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(outage.retryAfterSeconds()))
                        .type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        .entity(json.writeValueAsString(DatabaseUnavailableFilter.problem()))
                        .build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ResourceConfigCustomizer engineRestDatabaseUnavailable(DatabaseOutage outage, ObjectMapper json) {
            return config -> config.register(new EngineFailures(outage, json)).register(new OtherFailures(outage, json));
        }
    }
}
