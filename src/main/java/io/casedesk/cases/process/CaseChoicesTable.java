package io.casedesk.cases.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.casedesk.cases.Choice;
import io.casedesk.cases.ChoiceList;
import io.casedesk.cases.ClosingReasons;

/**
 * {@code processes/case-choices.dmn}: its names, and what a version of it must hold for a policy set
 * before Casedesk uses it (checked at start-up and before every deployment).
 */
final class CaseChoicesTable {

    static final String DECISION = "case-choices";
    static final String POLICY_SET = "policySet";
    static final String LIST = "list";

    /** The widths of the case table's columns each list is stored in (V1__customers_and_cases.sql). */
    private static final Map<ChoiceList, Integer> MAX_VALUE_LENGTH = Map.of(ChoiceList.PRIORITY, 20,
            ChoiceList.CATEGORY, 60, ChoiceList.CAUSE, 40, ChoiceList.SOLUTION_TYPE, 40, ChoiceList.CLOSING_REASON, 40);

    static Choice choice(Map<String, Object> row) {
        Object value = row.get("value");
        Object label = row.get("label");
        return new Choice(value == null ? null : value.toString(), label == null ? String.valueOf(value) : label.toString(),
                !Boolean.FALSE.equals(row.get("staffMayChoose")));
    }

    /**
     * What is wrong with the table for a policy set, each a sentence naming the list; empty when it
     * can be used.
     *
     * @param priorityScheme the policy set's priorities, most urgent first (casedesk.cases.priorities)
     */
    static List<String> problems(String policySet, List<String> priorityScheme, Function<ChoiceList, List<Choice>> lists) {
        List<String> problems = new ArrayList<>();
        for (ChoiceList list : ChoiceList.values()) {
            List<Choice> options = lists.apply(list);
            if (options.isEmpty()) {
                problems.add("list '%s' has no row for policy set '%s'".formatted(list.key(), policySet));
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Choice option : options) {
                if (option.value() == null || option.value().isBlank()) {
                    problems.add("list '%s' of policy set '%s' has a row without a value".formatted(list.key(), policySet));
                } else if (option.value().length() > MAX_VALUE_LENGTH.get(list)) {
                    problems.add("list '%s' of policy set '%s': value \"%s\" is longer than %d characters"
                            .formatted(list.key(), policySet, option.value(), MAX_VALUE_LENGTH.get(list)));
                } else if (!seen.add(option.value())) {
                    problems.add("list '%s' of policy set '%s' has the value \"%s\" twice"
                            .formatted(list.key(), policySet, option.value()));
                }
            }
        }
        List<String> priorities = lists.apply(ChoiceList.PRIORITY).stream().map(Choice::value).toList();
        if (!priorities.isEmpty() && !priorities.equals(priorityScheme)) {
            problems.add("the priorities of policy set '%s' are %s, but its priority scheme is %s (most urgent first)"
                    .formatted(policySet, priorities, priorityScheme));
        }
        List<Choice> closing = lists.apply(ChoiceList.CLOSING_REASON);
        if (!closing.isEmpty()) {
            for (String processReason : List.of(ClosingReasons.CONFIRMED_BY_CUSTOMER, ClosingReasons.NO_RESPONSE)) {
                if (closing.stream().noneMatch(c -> processReason.equals(c.value()))) {
                    problems.add("the closing reasons of policy set '%s' lack %s, which the process itself sets"
                            .formatted(policySet, processReason));
                }
            }
            if (closing.stream().noneMatch(Choice::staffMayChoose)) {
                problems.add("policy set '%s' has no closing reason staff may choose".formatted(policySet));
            }
        }
        return problems;
    }

    private CaseChoicesTable() {
    }
}
