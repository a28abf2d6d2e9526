package io.casedesk.cases.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as the API has always shown it (content, number, size, totalElements,
 * totalPages, numberOfElements, first, last, empty), but as a type of our own: Spring Data does not
 * promise that serialising its {@code PageImpl} keeps that shape, and its pageable/sort internals
 * are no part of the contract.
 */
record PageView<T>(List<T> content, int number, int size, long totalElements, int totalPages, int numberOfElements,
        boolean first, boolean last, boolean empty) {

    static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        Page<T> mapped = page.map(view);
        return new PageView<>(mapped.getContent(), mapped.getNumber(), mapped.getSize(), mapped.getTotalElements(),
                mapped.getTotalPages(), mapped.getNumberOfElements(), mapped.isFirst(), mapped.isLast(), mapped.isEmpty());
    }
}
