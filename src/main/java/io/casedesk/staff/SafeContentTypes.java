package io.casedesk.staff;

import java.util.Locale;
import java.util.Set;

import org.springframework.http.MediaType;

/**
 * Content types an attachment may be downloaded with: types no browser runs as a page or a script.
 * Anything else (HTML, SVG, XML, JavaScript, unknown) goes out as {@code application/octet-stream}.
 */
final class SafeContentTypes {

    private static final Set<String> SAFE = Set.of("text/plain", "text/csv", "application/pdf", "image/png",
            "image/jpeg", "image/gif", "image/webp", "application/zip", "application/gzip", "application/json",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword",
            "application/vnd.ms-excel");

    static MediaType forDownload(String stored) {
        if (stored == null) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        try {
            MediaType type = MediaType.parseMediaType(stored);
            String bare = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
            return SAFE.contains(bare) ? MediaType.parseMediaType(bare) : MediaType.APPLICATION_OCTET_STREAM;
        } catch (RuntimeException unparseable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private SafeContentTypes() {
    }
}
