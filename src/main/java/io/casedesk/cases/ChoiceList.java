package io.casedesk.cases;

/**
 * The choice lists of a policy set, as the {@code list} column of {@code processes/case-choices.dmn}
 * names them. Each list fills one form field and one API field.
 */
public enum ChoiceList {

    PRIORITY("priority", "priority", "priorityOptions"),
    CATEGORY("category", "category", "categoryOptions"),
    CAUSE("cause", "cause", "causeOptions"),
    SOLUTION_TYPE("solutionType", "solution type", "solutionTypeOptions"),
    CLOSING_REASON("closingReason", "closing reason", "closingReasonOptions");

    private final String key;
    private final String noun;
    private final String optionsVariable;

    ChoiceList(String key, String noun, String optionsVariable) {
        this.key = key;
        this.noun = noun;
        this.optionsVariable = optionsVariable;
    }

    /** The value of the table's {@code list} column. */
    public String key() {
        return key;
    }

    /** How a sentence names one of its values: "'P2' is not a priority". */
    public String noun() {
        return noun;
    }

    /** The form-js {@code valuesKey} under which a form finds this list's options. */
    public String optionsVariable() {
        return optionsVariable;
    }
}
