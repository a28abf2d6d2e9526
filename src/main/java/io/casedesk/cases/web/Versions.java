package io.casedesk.cases.web;

import org.springframework.http.ResponseEntity;

import io.casedesk.cases.InvalidCaseValueException;

/**
 * Optimistic locking over HTTP: responses carry the case version as an ETag, and a change sent with
 * {@code If-Match} is refused with 409 if someone else changed the case in between.
 */
final class Versions {

    static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidCaseValueException("If-Match", "If-Match must be the case version (its ETag), e.g. \"3\".");
        }
    }

    static <T> ResponseEntity<T> withETag(long version, T body) {
        return ResponseEntity.ok().eTag("\"" + version + "\"").body(body);
    }

    private Versions() {
    }
}
