package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** One word per target kind, in every policy set's rows and in whatever spelling a table uses. */
class SlaTargetTest {

    private static final Set<String> VOCABULARY = Set.of(SlaTarget.FIRST_RESPONSE, SlaTarget.ACKNOWLEDGEMENT,
            SlaTarget.UPDATE_INTERVAL, SlaTarget.RESOLUTION);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            first-response    | first-response
            First Response    | first-response
            first_response    | first-response
            firstResponse     | first-response
            FIRST-RESPONSE    | first-response
            initial response  | first-response
            acknowledgement   | acknowledgement
            Acknowledgement   | acknowledgement
            acknowledgment    | acknowledgement
            update-interval   | update-interval
            Update interval   | update-interval
            updateInterval    | update-interval
            update            | update-interval
            Resolution        | resolution
            ' resolution '    | resolution
            Workaround Provided | workaround-provided
            """)
    void everySpellingOfATargetIsOneName(String written, String name) {
        assertThat(SlaTarget.canonicalName(written)).isEqualTo(name);
    }

    @Test
    void theShippedTableUsesTheVocabularyAndEachPolicysOwnWord() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var table = factory.newDocumentBuilder().parse(Path.of("processes/sla-targets.dmn").toFile());
        NodeList rules = table.getElementsByTagNameNS("*", "rule");
        assertThat(rules.getLength()).isGreaterThan(20);
        List<String> policyE = new ArrayList<>();
        for (int i = 0; i < rules.getLength(); i++) {
            Element rule = (Element) rules.item(i);
            String policySet = unquote(rule.getElementsByTagNameNS("*", "inputEntry").item(0).getTextContent());
            String target = unquote(rule.getElementsByTagNameNS("*", "outputEntry").item(0).getTextContent());
            assertThat(target).as(rule.getAttribute("id")).isEqualTo(SlaTarget.canonicalName(target)).isIn(VOCABULARY);
            if (policySet.equals(PolicySets.E)) {
                policyE.add(target);
            }
        }
        // Policy E: "Acknowledgement targets within support hours"; it has no other response target.
        assertThat(policyE).isNotEmpty().containsOnly(SlaTarget.ACKNOWLEDGEMENT);
    }

    private static String unquote(String text) {
        return text.strip().replaceAll("^\"|\"$", "");
    }
}
