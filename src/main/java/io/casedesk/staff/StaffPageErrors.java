package io.casedesk.staff;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.casedesk.cases.CaseException;
import io.casedesk.cases.CaseNotFoundException;
import io.casedesk.intake.IntakeItemNotFoundException;

/**
 * Refusals on staff pages answered as pages, not as the API's problem details: asked before the
 * API's handler, for the staff page controllers only.
 */
@ControllerAdvice(assignableTypes = { StaffCasePageController.class, StaffIntakePageController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffPageErrors {

    static final String PROBLEM = "staff/problem";

    @ExceptionHandler(CaseNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(CaseNotFoundException e, Model model) {
        model.addAttribute("title", "Not found");
        model.addAttribute("message", e.getMessage());
        return PROBLEM;
    }

    @ExceptionHandler(IntakeItemNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String noSuchMail(IntakeItemNotFoundException e, Model model) {
        model.addAttribute("title", "Not found");
        model.addAttribute("message", e.getMessage());
        return PROBLEM;
    }

    /** A case number, attachment id, mail id or list status that cannot exist (such as a non-numeric id or an unknown status). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String noSuchThing(Model model) {
        model.addAttribute("title", "Not found");
        model.addAttribute("message", "There is no such page.");
        return PROBLEM;
    }

    @ExceptionHandler(CaseException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
    String refused(CaseException e, Model model) {
        model.addAttribute("title", "Not possible");
        model.addAttribute("message", e.getMessage());
        return PROBLEM;
    }
}
