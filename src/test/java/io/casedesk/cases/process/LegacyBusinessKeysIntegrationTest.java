package io.casedesk.cases.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.casedesk.IntegrationTest;
import io.casedesk.platform.BusinessKeys;

/**
 * Cockpit lists cases by number: a new lifecycle is keyed by its case number, and one started
 * before that (keyed by the case id) keeps working until the start-up rename gives it the number;
 * renaming twice changes nothing.
 */
class LegacyBusinessKeysIntegrationTest extends IntegrationTest {

    @Autowired
    LegacyBusinessKeys legacy;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLifecycleKeyedByItsCaseIdKeepsWorkingAndIsRenamedToItsNumberOnce() {
        var created = post("/api/customer/cases", "dana@acme.example", "customer", Map.of("subject", "Old key",
                "description", "Started before case numbers were business keys", "category", "Question",
                "priority", "P4", "environment", "TEST"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String number = created.json().get("number").asText();
        Map<String, Object> row = jdbc.queryForMap("select id, process_instance_id from cd_case where case_number = ?",
                number);
        long caseId = ((Number) row.get("ID")).longValue();
        String lifecycle = (String) row.get("PROCESS_INSTANCE_ID");
        assertThat(businessKey(lifecycle)).isEqualTo(number);

        // As a lifecycle started by an earlier release: keyed by the case id.
        BusinessKeys.update(engine, lifecycle, String.valueOf(caseId));
        assertThat(businessKey(lifecycle)).isEqualTo(String.valueOf(caseId));
        // Still readable and workable before the rename: triage through the API passes the task guard.
        var responded = post("/api/cases/" + number + "/respond", "analyst", "analyst", Map.of("reply", "On it."));
        assertThat(responded.status()).as(responded.body()).isEqualTo(200);

        assertThat(legacy.renameAll()).isGreaterThanOrEqualTo(1);
        assertThat(businessKey(lifecycle)).isEqualTo(number);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(lifecycle)
                .singleResult().getBusinessKey()).as("history follows").isEqualTo(number);
        assertThat(legacy.renameAll()).as("nothing left to rename").isZero();
        assertThat(businessKey(lifecycle)).isEqualTo(number);

        // And it goes on working under its new key.
        var pending = post("/api/cases/" + number + "/pending", "analyst", "analyst", Map.of("reason", "Need logs"));
        assertThat(pending.status()).as(pending.body()).isEqualTo(200);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).count()).isZero();
    }

    private String businessKey(String processInstanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getBusinessKey();
    }
}
