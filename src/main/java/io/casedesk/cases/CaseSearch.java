package io.casedesk.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.jpa.domain.Specification;

import io.casedesk.customers.CustomerView;
import jakarta.persistence.criteria.Predicate;

/** Filters for the case list; every one is optional. */
public record CaseSearch(CaseStatus status, String priority, Long organisationId, String owner, String text) {

    Specification<Case> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (priority != null && !priority.isBlank()) {
                where.add(cb.equal(root.get("priority"), priority));
            }
            if (organisationId != null) {
                where.add(cb.equal(root.get("organisationId"), organisationId));
            }
            if (owner != null && !owner.isBlank()) {
                where.add(cb.equal(root.get("owner"), owner));
            }
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("subject")), pattern, '\\'),
                        cb.like(cb.lower(root.get("number")), pattern, '\\'),
                        cb.like(cb.lower(root.get("description")), pattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Narrows a search to what a customer contact may see. */
    static Specification<Case> visibleTo(CustomerView contact) {
        return (root, query, cb) -> {
            Predicate ownCases = cb.equal(root.get("requester").get("contactId"), contact.contactId());
            return switch (contact.role()) {
                case DESIGNATED -> cb.equal(root.get("organisationId"), contact.organisationId());
                case LICENSED -> ownCases;
                case PARTNER -> {
                    Set<Long> organisations = contact.actsForOrganisationIds();
                    yield organisations.isEmpty() ? ownCases : cb.or(ownCases, root.get("organisationId").in(organisations));
                }
            };
        };
    }
}
