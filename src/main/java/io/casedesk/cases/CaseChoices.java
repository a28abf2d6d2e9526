package io.casedesk.cases;

import java.util.List;
import java.util.Optional;

/**
 * The choice lists of the active policy set: priorities, categories, causes, solution types and
 * closing reasons, with their labels, in the order people see them. They live in
 * {@code processes/case-choices.dmn}, which process owners edit in Camunda Modeler; a deployed
 * change is used from the next call on.
 */
public interface CaseChoices {

    /** The active policy set ({@code casedesk.sla.policy-set}). */
    String policySet();

    /** The list's options for the active policy set, in table order. */
    List<Choice> options(ChoiceList list);

    default List<String> values(ChoiceList list) {
        return options(list).stream().map(Choice::value).toList();
    }

    default Optional<Choice> find(ChoiceList list, String value) {
        return options(list).stream().filter(choice -> choice.value().equals(value)).findFirst();
    }

    /**
     * The option with that value, or a 400 naming the field and the allowed values.
     *
     * @param field the request or form field that carried the value
     */
    default Choice require(ChoiceList list, String field, String value) {
        return find(list, value).orElseThrow(() -> new InvalidCaseValueException(field,
                "'%s' is not a %s; choose one of %s.".formatted(value, list.noun(), values(list))));
    }

    /** The closing reasons staff choose for a case they are working on (not the ones the process sets). */
    default List<String> staffClosingReasons() {
        return options(ChoiceList.CLOSING_REASON).stream().filter(Choice::staffMayChoose).map(Choice::value).toList();
    }
}
