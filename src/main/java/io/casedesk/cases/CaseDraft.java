package io.casedesk.cases;

/** Everything a new case is made of, whichever channel it came through (validated by intake). */
public record CaseDraft(String subject, String description, String category, String priority,
        Environment environment, String product, String productVersion, String operatingSystem,
        BusinessImpact businessImpact, Channel channel) {
}
