package io.casedesk.platform.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTransientConnectionException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.platform.database.DatabaseOutage;

/**
 * Every way a request can fail because the database is unreachable ends as 503 problem details with
 * {@code Retry-After}: in a controller (through {@link ApiProblems}) and anywhere else, e.g. the
 * engine's own wrapping that no handler knows (through {@link DatabaseUnavailableFilter}).
 */
class DatabaseUnavailableProblemsTest {

    private static final SQLTransientConnectionException NO_CONNECTION =
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms");

    @RestController
    static class Failing {

        @GetMapping("/api/no-transaction")
        String noTransaction() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", NO_CONNECTION);
        }

        @GetMapping("/api/engine-persistence")
        String enginePersistence() {
            throw new ProcessEnginePersistenceException("ENGINE-03004", new PersistenceException(NO_CONNECTION));
        }

        @GetMapping("/api/engine-wrapped")
        String engineWrapped() {
            throw new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database Operations",
                    new PersistenceException(NO_CONNECTION));
        }

        @GetMapping("/api/bug")
        String bug() {
            throw new IllegalStateException("a bug, not an outage");
        }
    }

    private final DatabaseOutage outage = mock(DatabaseOutage.class);
    private final MockMvc mvc;

    DatabaseUnavailableProblemsTest() {
        when(outage.retryAfterSeconds()).thenReturn(10L);
        mvc = MockMvcBuilders.standaloneSetup(new Failing())
                .setControllerAdvice(new ApiProblems(outage))
                .addFilters(new DatabaseUnavailableFilter(outage, Jackson2ObjectMapperBuilder.json().build()))
                .build();
    }

    @Test
    void noTransactionInAController() throws Exception {
        assertUnavailable("/api/no-transaction");
    }

    @Test
    void theEnginesPersistenceFailure() throws Exception {
        assertUnavailable("/api/engine-persistence");
    }

    @Test
    void theEnginesWrappingNoHandlerKnows() throws Exception {
        assertUnavailable("/api/engine-wrapped");
    }

    @Test
    void otherFailuresAreLeftAlone() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mvc.perform(get("/api/bug")))
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    private void assertUnavailable(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/database-unavailable"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.title").value("Database unavailable"));
        verify(outage, org.mockito.Mockito.atLeastOnce()).failed(anyString(), any());
    }
}
