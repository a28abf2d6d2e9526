package io.casedesk.cases;

public class CaseNotFoundException extends CaseException {

    public CaseNotFoundException(String caseNumber) {
        super("There is no case " + caseNumber + " that you may see.");
    }
}
