package io.casedesk.cases;

import java.text.Normalizer;
import java.util.Locale;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Accepts or refuses an uploaded file: not empty, within the size limit, a file name stripped of
 * paths and control characters, and a content type sniffed from the bytes (a client's claim is not
 * trusted). Files are only ever served as downloads, so even HTML cannot run in a browser.
 */
@Component
class AttachmentPolicy {

    private static final int MAX_NAME_LENGTH = 200;

    private final Tika tika = new Tika();
    private final CasesProperties properties;

    AttachmentPolicy(CasesProperties properties) {
        this.properties = properties;
    }

    record Checked(String fileName, String contentType) {
    }

    Checked check(String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidCaseValueException("file", "The attachment is empty.");
        }
        if (content.length > properties.maxAttachmentSize().toBytes()) {
            throw new InvalidCaseValueException("file", "The attachment is larger than the limit of %d MB."
                    .formatted(properties.maxAttachmentSize().toMegabytes()));
        }
        String name = sanitise(originalName);
        return new Checked(name, tika.detect(content, name));
    }

    static String sanitise(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\"*:<>?|]", "_")
                .replaceAll("^[.\\s]+", "")
                .strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
            name = name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return name;
    }
}
