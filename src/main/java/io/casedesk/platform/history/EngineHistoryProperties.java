package io.casedesk.platform.history;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param freeTextVariables names of process variables that carry customer text; the engine's
 *        history records neither their values nor that they existed (ACT_HI_VARINST, ACT_HI_DETAIL)
 */
@ConfigurationProperties("casedesk.history")
public record EngineHistoryProperties(List<String> freeTextVariables) {

    public EngineHistoryProperties {
        freeTextVariables = freeTextVariables == null ? List.of() : List.copyOf(freeTextVariables);
    }

    Set<String> freeTextNames() {
        return Set.copyOf(freeTextVariables);
    }
}
