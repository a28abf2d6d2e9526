package io.casedesk.cases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Human-readable case numbers (prefix + sequence value). A database sequence hands out each value
 * once, across threads and cluster nodes, without locks; a rolled-back intake leaves a gap, which
 * is harmless.
 */
@Component
class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final CasesProperties properties;

    CaseNumbers(JdbcTemplate jdbc, CasesProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    String next() {
        Long value = jdbc.queryForObject("select next value for cd_case_number_seq", Long.class);
        return properties.numberPrefix() + value;
    }
}
