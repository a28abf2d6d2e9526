package io.casedesk.platform.history;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param freeTextVariables names of process variables that carry customer text; the engine's
 *        history records neither their values nor that they existed (ACT_HI_VARINST, ACT_HI_DETAIL)
 * @param unrecordedDecisions keys of decisions the application evaluates as configuration lookups, not
 *        as business decisions (e.g. {@code case-choices}, read for every form and request): their
 *        evaluations are not written to the decision history (ACT_HI_DECINST, ACT_HI_DEC_IN, ACT_HI_DEC_OUT)
 */
@ConfigurationProperties("casedesk.history")
public record EngineHistoryProperties(List<String> freeTextVariables, List<String> unrecordedDecisions) {

    public EngineHistoryProperties {
        freeTextVariables = freeTextVariables == null ? List.of() : List.copyOf(freeTextVariables);
        unrecordedDecisions = unrecordedDecisions == null ? List.of() : List.copyOf(unrecordedDecisions);
    }

    Set<String> unrecordedDecisionKeys() {
        return Set.copyOf(unrecordedDecisions);
    }

    Set<String> freeTextNames() {
        return Set.copyOf(freeTextVariables);
    }
}
