package io.casedesk.cases.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.Choice;
import io.casedesk.cases.ChoiceList;

/**
 * Task listener (event {@code create}) on the staff tasks whose forms offer choices: puts each list
 * of the active policy set on the task as a local JSON variable ({@code priorityOptions},
 * {@code categoryOptions}, …, an array of {@code {label, value}}), which the form's selects name as
 * {@code valuesKey}. Tasklist reads them through {@code /task/{id}/form-variables} and parses JSON
 * variables into arrays. Closing reasons are the ones staff may choose.
 */
@Component("caseChoiceOptions")
class CaseChoiceOptions implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseChoices choices;

    CaseChoiceOptions(CaseChoices choices) {
        this.choices = choices;
    }

    @Override
    public void notify(DelegateTask task) {
        for (ChoiceList list : ChoiceList.values()) {
            task.setVariableLocal(list.optionsVariable(), SpinValues.jsonValue(json(options(list))).create());
        }
    }

    List<Choice> options(ChoiceList list) {
        return formOptions(choices, list);
    }

    /** What a form offers for the list: every option, but for closing reasons only those staff choose. */
    static List<Choice> formOptions(CaseChoices choices, ChoiceList list) {
        List<Choice> all = choices.options(list);
        return list == ChoiceList.CLOSING_REASON ? all.stream().filter(Choice::staffMayChoose).toList() : all;
    }

    static String json(List<Choice> options) {
        try {
            return JSON.writeValueAsString(options.stream()
                    .map(option -> Map.of("label", option.label(), "value", option.value())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
