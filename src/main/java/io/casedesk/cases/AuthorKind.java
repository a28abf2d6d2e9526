package io.casedesk.cases;

public enum AuthorKind {
    STAFF, CUSTOMER, SYSTEM
}
