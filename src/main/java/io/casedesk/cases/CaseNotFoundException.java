package io.casedesk.cases;

import org.springframework.http.HttpStatus;

public class CaseNotFoundException extends CaseException {

    public CaseNotFoundException(String caseNumber) {
        super(HttpStatus.NOT_FOUND, "case-not-found", "Case not found",
                "There is no case " + caseNumber + " that you may see.");
    }
}
