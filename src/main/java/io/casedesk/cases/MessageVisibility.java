package io.casedesk.cases;

/** A public reply reaches the customer; an internal note never does, by any path. */
public enum MessageVisibility {
    PUBLIC, INTERNAL
}
