package io.casedesk.cases.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.Choice;
import io.casedesk.cases.ChoiceList;

/** The start form leaves the server with the lists in place of its valuesKey; nothing else is touched. */
class StartFormOptionsFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StartFormOptionsFilter filter = new StartFormOptionsFilter(new CaseChoices() {
        @Override
        public String policySet() {
            return "policy-b";
        }

        @Override
        public List<Choice> options(ChoiceList list) {
            return switch (list) {
                case PRIORITY -> List.of(new Choice("Critical", "Critical <b>now</b>", true), new Choice("Normal", "Normal", true));
                case CLOSING_REASON -> List.of(new Choice("NO_RESPONSE", "No response", false),
                        new Choice("DUPLICATE", "Duplicate", true));
                default -> List.of(new Choice(list.key() + "-1", "First " + list.noun(), true));
            };
        }
    });

    @ParameterizedTest
    @ValueSource(strings = { "/camunda/api/engine/engine/default/process-definition/case-lifecycle:3:42/deployed-start-form",
            "/engine-rest/process-definition/key/case-lifecycle/deployed-start-form",
            "/engine-rest/process-definition/key/case-lifecycle/tenant-id/t1/deployed-start-form" })
    void servesTheStartFormPaths(String path) {
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", path))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/engine-rest/task/42/deployed-form", "/engine-rest/process-definition/42/xml",
            "/engine-rest/process-definition/42/form-variables" })
    void leavesOtherPathsAlone(String path) {
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", path))).isTrue();
    }

    @Test
    void fillsTheListsOfThePhoneCallForm() throws Exception {
        byte[] form = Files.readAllBytes(Path.of("forms/form-log-phone-call.form"));
        JsonNode filled = JSON.readTree(filter.withOptions(form).orElseThrow());
        JsonNode priority = field(filled, "priority");
        assertThat(priority.has("valuesKey")).isFalse();
        assertThat(priority.path("values").toString())
                .isEqualTo("[{\"label\":\"Critical <b>now</b>\",\"value\":\"Critical\"},{\"label\":\"Normal\",\"value\":\"Normal\"}]");
        assertThat(field(filled, "category").path("values").findValuesAsText("value")).containsExactly("category-1");
        // The rest of the form is as stored.
        JsonNode stored = JSON.readTree(form);
        ((com.fasterxml.jackson.databind.node.ObjectNode) field(stored, "priority")).remove("valuesKey");
        ((com.fasterxml.jackson.databind.node.ObjectNode) field(stored, "priority")).set("values", priority.path("values"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) field(stored, "category")).remove("valuesKey");
        ((com.fasterxml.jackson.databind.node.ObjectNode) field(stored, "category")).set("values",
                field(filled, "category").path("values"));
        assertThat(filled).isEqualTo(stored);
    }

    @Test
    void closingReasonsAreTheOnesStaffChoose() throws Exception {
        byte[] form = "{\"components\":[{\"type\":\"select\",\"key\":\"closingReason\",\"valuesKey\":\"closingReasonOptions\"}]}"
                .getBytes();
        assertThat(JSON.readTree(filter.withOptions(form).orElseThrow()).at("/components/0/values")
                .findValuesAsText("value")).containsExactly("DUPLICATE");
    }

    @Test
    void aBodyWithoutSuchListsIsPassedOnUnchanged() {
        assertThat(filter.withOptions("{\"components\":[{\"type\":\"select\",\"key\":\"x\",\"valuesKey\":\"other\"}]}"
                .getBytes())).isEmpty();
        assertThat(filter.withOptions("not json".getBytes())).isEmpty();
        assertThat(filter.withOptions("[1,2]".getBytes())).isEmpty();
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError(key);
    }
}
