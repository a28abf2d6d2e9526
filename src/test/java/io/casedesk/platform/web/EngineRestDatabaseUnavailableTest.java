package io.casedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.sql.SQLTransientConnectionException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.transaction.CannotCreateTransactionException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.platform.database.DatabaseOutage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The engine REST API's mappers as Jersey chooses among them, next to Camunda's own: a database
 * outage, however the engine wraps it, answers 503 problem details; every other failure keeps
 * Camunda's answer.
 */
class EngineRestDatabaseUnavailableTest {

    private static final SQLTransientConnectionException NO_CONNECTION =
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms");

    @Path("/fail")
    public static class Failing {

        @GET
        @Path("/{how}")
        public String fail(@PathParam("how") String how) {
            throw switch (how) {
                case "no-transaction" -> new CannotCreateTransactionException("Could not open JPA EntityManager", NO_CONNECTION);
                case "engine-persistence" -> new ProcessEnginePersistenceException("ENGINE-03004", new PersistenceException(NO_CONNECTION));
                case "engine-wrapped" -> new ProcessEngineException("ENGINE-03083", new PersistenceException(NO_CONNECTION));
                case "engine-refusal" -> new ProcessEngineException("No task found");
                case "forbidden" -> new AuthorizationException("analyst", "CREATE_INSTANCE", "ProcessDefinition", "case-lifecycle");
                default -> new IllegalStateException("a bug");
            };
        }
    }

    private final ApplicationHandler jersey;

    EngineRestDatabaseUnavailableTest() {
        DatabaseOutage outage = mock(DatabaseOutage.class);
        when(outage.retryAfterSeconds()).thenReturn(10L);
        ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
        // registered as the Camunda starter and Casedesk do: Camunda's mappers, then Casedesk's
        var config = new ResourceConfig(Failing.class, ProcessEngineExceptionHandler.class, RestExceptionHandler.class,
                ExceptionHandler.class);
        config.register(new EngineRestDatabaseUnavailable.EngineFailures(outage, json))
                .register(new EngineRestDatabaseUnavailable.OtherFailures(outage, json));
        // jersey-spring (on the class path for Camunda) wants a Spring context; an empty one will do here
        var spring = new org.springframework.context.annotation.AnnotationConfigApplicationContext();
        spring.refresh();
        config.property("contextConfig", spring);
        jersey = new ApplicationHandler(config);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "no-transaction, 503",
            "engine-persistence, 503",
            "engine-wrapped, 503",
            "engine-refusal, 500",
            "forbidden, 403",
            "bug, 500" })
    void databaseOutagesAnswer503AndEverythingElseAsCamundaDoes(String how, int status) throws Exception {
        ContainerResponse response = jersey.apply(new ContainerRequest(URI.create("http://localhost/"),
                URI.create("http://localhost/fail/" + how), "GET", null, new MapPropertiesDelegate(), null)).get();

        assertThat(response.getStatus()).isEqualTo(status);
        if (status == 503) {
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("10");
            assertThat(response.getMediaType()).hasToString("application/problem+json");
            assertThat(response.getEntity().toString()).contains("\"type\":\"https://casedesk.io/problems/database-unavailable\"");
        } else {
            assertThat(response.getHeaderString("Retry-After")).isNull();
        }
    }
}
