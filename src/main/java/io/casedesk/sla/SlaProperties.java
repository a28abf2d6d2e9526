package io.casedesk.sla;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service-level settings.
 *
 * @param policySet     which shipped policy set runs: {@code policy-a} … {@code policy-e} (see POLICIES.md)
 * @param pauseStatuses case statuses during which every running clock of the case pauses
 */
@ConfigurationProperties("casedesk.sla")
public record SlaProperties(String policySet, Set<String> pauseStatuses) {

    public SlaProperties {
        policySet = policySet == null || policySet.isBlank() ? "policy-c" : policySet.strip();
        pauseStatuses = pauseStatuses == null ? Set.of("PENDING", "ON_HOLD") : Set.copyOf(pauseStatuses);
    }

    static final List<String> LIFECYCLE_STATUSES = List.of("OPEN", "IN_PROGRESS", "PENDING", "ON_HOLD", "RESOLVED", "CLOSED");
}
