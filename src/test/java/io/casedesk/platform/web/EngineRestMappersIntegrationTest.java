package io.casedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.IntegrationTest;

/** The engine REST API that Camunda's starter serves carries Casedesk's database-outage mappers. */
class EngineRestMappersIntegrationTest extends IntegrationTest {

    @Autowired
    ResourceConfig engineRest;

    @Test
    void theEngineRestApiAnswersDatabaseOutagesWith503() {
        assertThat(engineRest.getInstances()).hasAtLeastOneElementOfType(EngineRestDatabaseUnavailable.EngineFailures.class)
                .hasAtLeastOneElementOfType(EngineRestDatabaseUnavailable.OtherFailures.class);
    }
}
