package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class AttachmentPolicyTest {

    private final AttachmentPolicy policy = new AttachmentPolicy(
            new CasesProperties(null, null, DataSize.ofKilobytes(1), null, null));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "report.pdf|report.pdf",
            "../../etc/passwd|passwd",
            "C:\\Users\\dana\\screen shot.png|screen shot.png",
            "..hidden|hidden",
            "bad\u0000name?.txt|bad_name_.txt",
            "'   '|attachment" })
    void fileNamesLoseTheirPathsAndDangerousCharacters(String original, String expected) {
        assertThat(AttachmentPolicy.sanitise(original)).isEqualTo(expected);
    }

    @Test
    void contentTypeComesFromTheBytesNotTheName() {
        byte[] pdf = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
        assertThat(policy.check("innocent.txt", pdf).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> policy.check("a.txt", new byte[0])).hasMessage("The attachment is empty.");
        assertThatThrownBy(() -> policy.check("a.txt", new byte[2048]))
                .isInstanceOf(InvalidCaseValueException.class).hasMessageContaining("larger than the limit");
    }
}
