package io.casedesk.complaints;

import org.springframework.http.HttpStatus;

import io.casedesk.platform.web.ProblemException;

/** No complaint with that id that the caller may see. */
public class ComplaintNotFoundException extends ProblemException {

    public ComplaintNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, "complaint-not-found", "Complaint not found",
                "There is no complaint " + id + " that you may see.");
    }
}
