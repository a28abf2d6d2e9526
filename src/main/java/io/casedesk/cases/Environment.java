package io.casedesk.cases;

/** Where the problem happens; only production can be P1 where the policy says so. */
public enum Environment {
    PRODUCTION, TEST, OTHER
}
