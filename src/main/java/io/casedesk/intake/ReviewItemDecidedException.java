package io.casedesk.intake;

import org.springframework.http.HttpStatus;

import io.casedesk.platform.web.ProblemException;

/** A review item that was already made a case or discarded cannot be decided again. */
public class ReviewItemDecidedException extends ProblemException {

    ReviewItemDecidedException(Long id, ReviewStatus status) {
        super(HttpStatus.CONFLICT, "review-item-decided", "Already decided",
                "Review item %d was already decided (%s).".formatted(id, status.name()));
    }
}
