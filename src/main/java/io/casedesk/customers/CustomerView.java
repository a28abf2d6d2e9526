package io.casedesk.customers;

import java.util.Set;

/**
 * What other packages need to know about a customer contact: who they are, where they belong and
 * which organisations' cases they may see.
 */
public record CustomerView(Long contactId, String name, String email, String phone, ContactRole role,
        Long organisationId, String organisationName, String contractTier, boolean entitled,
        Set<Long> actsForOrganisationIds) {

    /** May this contact see a case of the given organisation that the given contact opened? */
    public boolean maySee(Long caseOrganisationId, Long caseRequesterId) {
        return switch (role) {
            case DESIGNATED -> organisationId.equals(caseOrganisationId);
            case LICENSED -> contactId.equals(caseRequesterId);
            case PARTNER -> contactId.equals(caseRequesterId) || actsForOrganisationIds.contains(caseOrganisationId);
        };
    }

    /** May this contact open a case for the given organisation? */
    public boolean mayOpenFor(Long caseOrganisationId) {
        return organisationId.equals(caseOrganisationId)
                || role == ContactRole.PARTNER && actsForOrganisationIds.contains(caseOrganisationId);
    }
}
