package io.casedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import io.casedesk.IntegrationTest;

/** The database the suite runs on is the one the profile promises, with the isolation Camunda needs. */
class DatabaseIntegrationTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Environment environment;

    @Test
    void runsOnTheProfilesDatabaseWithReadCommitted() throws Exception {
        boolean mariadb = environment.matchesProfiles("mariadb");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(mariadb ? "MariaDB" : "H2");
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
        String engineDatabaseType = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
        assertThat(engineDatabaseType).isEqualTo(mariadb ? "mysql" : "h2");
    }
}
