package io.casedesk.cases;

/** Cause recorded at resolution (policy C). */
public enum ResolutionCause {
    CONFIGURATION_ERROR, SOFTWARE_ERROR, ENVIRONMENTAL_ERROR, EXTERNAL_SOFTWARE_ERROR, NOT_A_DEFECT
}
