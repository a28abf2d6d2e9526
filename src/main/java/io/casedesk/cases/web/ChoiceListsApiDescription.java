package io.casedesk.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.Choice;
import io.casedesk.cases.ChoiceList;
import io.casedesk.cases.ClosingReasons;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The OpenAPI description shows the active policy set's lists (processes/case-choices.dmn) as the
 * {@code enum} of the request fields that take them, with their labels in the description. The
 * description is built for every request of {@code /v3/api-docs} (springdoc's cache is off), so it
 * follows a deployed change of the table.
 */
@Configuration(proxyBeanMethods = false)
class ChoiceListsApiDescription {

    /** Request schema → field → the list its values come from. */
    private static final Map<String, Map<String, ChoiceList>> FIELDS = Map.of(
            "NewCaseRequest", Map.of("priority", ChoiceList.PRIORITY, "category", ChoiceList.CATEGORY),
            "RespondRequest", Map.of("priority", ChoiceList.PRIORITY, "category", ChoiceList.CATEGORY),
            "PriorityRequest", Map.of("priority", ChoiceList.PRIORITY),
            "ResolveRequest", Map.of("cause", ChoiceList.CAUSE, "solutionType", ChoiceList.SOLUTION_TYPE),
            "CloseRequest", Map.of("reason", ChoiceList.CLOSING_REASON));

    @Bean
    OpenApiCustomizer choiceLists(CaseChoices choices) {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            FIELDS.forEach((schemaName, fields) -> {
                Schema<?> schema = openApi.getComponents().getSchemas().get(schemaName);
                if (schema == null || schema.getProperties() == null) {
                    return;
                }
                fields.forEach((field, list) -> {
                    @SuppressWarnings("unchecked")
                    Schema<Object> property = (Schema<Object>) schema.getProperties().get(field);
                    if (property != null) {
                        describe(property, list, accepted(choices, list), choices.policySet());
                    }
                });
            });
        };
    }

    /** Closing a case through the API: the staff's own reasons, or the customer's confirmation of a resolved case. */
    private static List<Choice> accepted(CaseChoices choices, ChoiceList list) {
        List<Choice> options = choices.options(list);
        return list != ChoiceList.CLOSING_REASON ? options : options.stream()
                .filter(o -> o.staffMayChoose() || ClosingReasons.CONFIRMED_BY_CUSTOMER.equals(o.value())).toList();
    }

    private static void describe(Schema<Object> property, ChoiceList list, List<Choice> options, String policySet) {
        property.setEnum(new ArrayList<>(options.stream().map(Choice::value).toList()));
        String labels = options.stream()
                .map(o -> "`%s`: %s%s".formatted(o.value(), o.label(), o.staffMayChoose() ? "" : " (a resolved case only)"))
                .collect(Collectors.joining("; "));
        property.setDescription("A %s of policy set %s (processes/case-choices.dmn): %s".formatted(list.noun(), policySet,
                labels));
    }
}
