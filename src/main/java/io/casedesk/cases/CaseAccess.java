package io.casedesk.cases;

import io.casedesk.customers.CustomerView;

/**
 * Who is asking about cases: a staff member sees every case; a customer only those their role
 * entitles them to (designated contact: the organisation's; licensed user: their own; partner: their
 * own and those of the organisations they act for).
 */
public sealed interface CaseAccess {

    Actor actor();

    boolean maySee(Case supportCase);

    record Staff(String userId) implements CaseAccess {
        @Override
        public Actor actor() {
            return Actor.staff(userId);
        }

        @Override
        public boolean maySee(Case supportCase) {
            return true;
        }
    }

    record Customer(CustomerView contact) implements CaseAccess {
        @Override
        public Actor actor() {
            return Actor.customer(contact.email(), contact.name());
        }

        @Override
        public boolean maySee(Case supportCase) {
            return contact.maySee(supportCase.getOrganisationId(), supportCase.getRequester().contactId());
        }
    }
}
