package io.casedesk.cases.web;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import io.casedesk.cases.InvalidCaseValueException;

/**
 * Checks the page a list request asks for before it reaches the database: the sort fields are a
 * fixed list (an unknown one would fail deep in Spring Data, and sorting by an internal column
 * would reveal its order), and the offset must fit the int the JPA provider takes.
 */
final class Paging {

    static final Set<String> CUSTOMER_SORTS = Set.of("number", "subject", "status", "priority", "category", "receivedAt");
    static final Set<String> STAFF_SORTS = union(CUSTOMER_SORTS, Set.of("owner", "organisationId"));

    static Pageable checked(Pageable page, Set<String> sortable) {
        if (page.isPaged() && page.getOffset() + page.getPageSize() > Integer.MAX_VALUE) {
            throw new InvalidCaseValueException("page", "Page %d of %d cases is beyond any list; ask for a smaller page number."
                    .formatted(page.getPageNumber(), page.getPageSize()));
        }
        for (Sort.Order order : page.getSort()) {
            if (!sortable.contains(order.getProperty())) {
                throw new InvalidCaseValueException("sort", "Cases cannot be sorted by '%s'; sort by one of %s."
                        .formatted(order.getProperty(), new TreeSet<>(sortable)));
            }
        }
        return page;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private Paging() {
    }
}
