package io.casedesk.intake;

/** A mail whose MIME structure, headers or encodings cannot be read; it is kept whole in quarantine. */
class MalformedMailException extends Exception {

    MalformedMailException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
