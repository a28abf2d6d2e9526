package io.casedesk.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Loads the raw mails under {@code src/test/resources/mail/}, with a fresh Message-ID and a real case number. */
final class MailFixtures {

    static byte[] load(String name, String caseNumber) {
        try (InputStream in = MailFixtures.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new AssertionError("No fixture " + name);
            }
            byte[] raw = in.readAllBytes();
            // Replace the placeholders byte-wise: the fixtures deliberately carry bytes that are not UTF-8.
            raw = replace(raw, "{{ID}}", UUID.randomUUID().toString());
            return caseNumber == null ? raw : replace(raw, "{{CASE}}", caseNumber);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] replace(byte[] raw, String placeholder, String value) {
        byte[] from = placeholder.getBytes(StandardCharsets.US_ASCII);
        byte[] to = value.getBytes(StandardCharsets.US_ASCII);
        var out = new java.io.ByteArrayOutputStream(raw.length + 64);
        for (int i = 0; i < raw.length; i++) {
            if (matches(raw, i, from)) {
                out.write(to, 0, to.length);
                i += from.length - 1;
            } else {
                out.write(raw[i]);
            }
        }
        return out.toByteArray();
    }

    private static boolean matches(byte[] raw, int at, byte[] pattern) {
        if (at + pattern.length > raw.length) {
            return false;
        }
        for (int j = 0; j < pattern.length; j++) {
            if (raw[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    private MailFixtures() {
    }
}
