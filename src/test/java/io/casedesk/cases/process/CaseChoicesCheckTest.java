package io.casedesk.cases.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.CasesProperties;
import io.casedesk.cases.Choice;
import io.casedesk.cases.ChoiceList;
import io.casedesk.sla.PolicySet;
import io.casedesk.sla.PolicySets;
import io.casedesk.sla.SlaProperties;

/**
 * processes/case-choices.dmn as shipped fits every policy set's priority scheme (sla's PolicySets),
 * and the check refuses a table that leaves a list empty, loses a closing reason the process sets,
 * or orders the priorities differently, at deployment and at start-up.
 */
class CaseChoicesCheckTest {

    static List<PolicySet> policySets() {
        return new PolicySets(new SlaProperties(null, null)).all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policySets")
    void theShippedTableFitsEveryPolicySet(PolicySet set) throws IOException {
        assertThat(check(set.id(), set.priorities()).problems(shipped())).isEmpty();
    }

    @Test
    void aTableWithoutAPolicySetsListsIsRefusedNamingEachList() throws IOException {
        assertThat(check("policy-x", List.of("P1")).problems(shipped())).containsExactly(
                "list 'priority' has no row for policy set 'policy-x'",
                "list 'category' has no row for policy set 'policy-x'",
                "list 'cause' has no row for policy set 'policy-x'",
                "list 'solutionType' has no row for policy set 'policy-x'",
                "list 'closingReason' has no row for policy set 'policy-x'");
    }

    @Test
    void prioritiesOutOfTheSchemesOrderAreRefused() throws IOException {
        assertThat(check("policy-d", List.of("Low", "Medium", "High")).problems(shipped())).containsExactly(
                "the priorities of policy set 'policy-d' are [High, Medium, Low], but its priority scheme is "
                        + "[Low, Medium, High] (most urgent first)");
    }

    @Test
    void aClosingReasonTheProcessSetsMustStay() throws IOException {
        String text = Files.readString(Path.of("processes/case-choices.dmn"));
        String withoutNoResponse = text.replaceAll("(?s)<rule id=\"Rule_choice_\\d+\">\\s*(?:<description>[^<]*</description>\\s*)?<inputEntry[^>]*><text>\"policy-e\""
                + "</text></inputEntry>\\s*<inputEntry[^>]*><text>\"closingReason\"</text></inputEntry>\\s*"
                + "<outputEntry[^>]*><text>\"NO_RESPONSE\"</text>.*?</rule>\\s*", "");
        assertThat(withoutNoResponse).isNotEqualTo(text);
        assertThat(check("policy-e", List.of("Sev1", "Sev2", "Sev3", "Sev4")).problems(model(withoutNoResponse)))
                .containsExactly("the closing reasons of policy set 'policy-e' lack NO_RESPONSE, which the process itself sets");
    }

    @Test
    void aRowThatCannotBeEvaluatedIsRefusedNotAServerError() throws IOException {
        String text = Files.readString(Path.of("processes/case-choices.dmn"));
        // "Staff may choose" is a boolean column: a text there fails only when the row is evaluated.
        String broken = text.replaceFirst("(Rule_choice_\\d+_out3\"><text>)true(</text>)", "$1\"yes\"$2");
        assertThat(broken).isNotEqualTo(text);
        assertThat(check("policy-a", List.of("P1", "P2", "P3", "P4", "P5")).problems(model(broken))).singleElement().asString()
                .startsWith("decision 'case-choices' cannot be evaluated for policy set 'policy-a'");
    }

    @Test
    void anotherDecisionIsNotThisChecksBusiness() throws IOException {
        assertThat(check("policy-x", List.of()).problems(model(Files.readString(Path.of("processes/priority.dmn")))))
                .isEmpty();
    }

    @Test
    void aServerWhoseDeployedTableDoesNotFitItsPolicySetDoesNotStart() {
        CaseChoices noCauses = new CaseChoices() {
            @Override
            public String policySet() {
                return "policy-d";
            }

            @Override
            public List<Choice> options(ChoiceList list) {
                return switch (list) {
                    case PRIORITY -> List.of(new Choice("High", "High", true), new Choice("Medium", "Medium", true),
                            new Choice("Low", "Low", true));
                    case CLOSING_REASON -> List.of(new Choice("CONFIRMED_BY_CUSTOMER", "Confirmed", false),
                            new Choice("NO_RESPONSE", "No response", false), new Choice("NOT_A_DEFECT", "Not a defect", true));
                    case CAUSE -> List.of();
                    default -> List.of(new Choice("X", "X", true));
                };
            }
        };
        var beans = new StaticListableBeanFactory();
        beans.addBean("choices", noCauses);
        var check = new CaseChoicesCheck(beans.getBeanProvider(CaseChoices.class),
                new MockEnvironment().withProperty("casedesk.sla.policy-set", "policy-d"),
                new CasesProperties(null, List.of("High", "Medium", "Low"), null, null, null));
        assertThatThrownBy(() -> check.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("processes/case-choices.dmn")
                .hasMessageContaining("policy set 'policy-d': list 'cause' has no row for policy set 'policy-d'")
                .hasMessageContaining("Camunda Modeler");
    }

    private static CaseChoicesCheck check(String policySet, List<String> scheme) {
        return new CaseChoicesCheck(new StaticListableBeanFactory().getBeanProvider(CaseChoices.class),
                new MockEnvironment().withProperty("casedesk.sla.policy-set", policySet),
                new CasesProperties(null, scheme, null, null, null));
    }

    private static DmnModelInstance shipped() throws IOException {
        return model(Files.readString(Path.of("processes/case-choices.dmn")));
    }

    private static DmnModelInstance model(String xml) {
        return Dmn.readModelFromStream(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
