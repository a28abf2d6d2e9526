package io.casedesk.sla.calendar;

/** A DMN cell holds an SLA duration Casedesk cannot read; the message lists what it can. */
public class UnrecognisedSlaDurationException extends IllegalArgumentException {

    UnrecognisedSlaDurationException(String text, String acceptedForms) {
        super("Cannot read SLA duration " + (text == null ? "null" : "\"" + text + "\"")
                + ". Write one of: " + acceptedForms + " (singular or plural, any letter case).");
    }
}
