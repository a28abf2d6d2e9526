package io.casedesk.cases.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A phone call may start a lifecycle with exactly the start form's fields: a new field must be allowed here too. */
class CaseStartGuardTest {

    @Test
    void thePhoneCallStartAllowsExactlyTheFormsFields() throws Exception {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms/form-log-phone-call.form").toFile());
        Set<String> keys = new HashSet<>();
        collectKeys(form.get("components"), keys);
        assertThat(keys).isEqualTo(CaseStartGuard.PHONE_CALL_FIELDS);
    }

    private static void collectKeys(JsonNode components, Set<String> keys) {
        components.forEach(component -> {
            if (component.has("key")) {
                keys.add(component.get("key").asText());
            }
            if (component.has("components")) {
                collectKeys(component.get("components"), keys);
            }
        });
    }
}
