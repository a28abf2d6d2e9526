package io.casedesk.customers;

/** What a customer contact may see and do. */
public enum ContactRole {
    /** Named contact of the organisation: sees and acts on all its cases. */
    DESIGNATED,
    /** Licensed user: sees the cases they opened. */
    LICENSED,
    /** Approved partner acting for one or more customer organisations. */
    PARTNER
}
