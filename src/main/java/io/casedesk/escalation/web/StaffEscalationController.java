package io.casedesk.escalation.web;

import java.security.Principal;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.InvalidCaseValueException;
import io.casedesk.escalation.EscalationHistory;
import io.casedesk.escalation.EscalationService;
import io.casedesk.escalation.web.EscalationRequests.PriorityRaiseRequest;
import io.casedesk.escalation.web.EscalationRequests.StaffEscalationRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Escalation for support staff: escalate, raise the priority (policy D), see the ladder and its notices. */
@RestController
@RequestMapping("/api/cases/{number}")
@Tag(name = "Escalation (staff)")
class StaffEscalationController {

    private final EscalationService escalation;

    StaffEscalationController(EscalationService escalation) {
        this.escalation = escalation;
    }

    @PostMapping("/escalate")
    @Operation(summary = "Escalate the case: starts the ladder at its first level, or moves a running ladder one level up")
    EscalationHistory escalate(@PathVariable String number, @Valid @RequestBody StaffEscalationRequest request,
            Principal user) {
        return escalation.escalateByStaff(number, staff(user), request.reason());
    }

    @PostMapping("/priority-raise")
    @Operation(summary = "Raise severity or priority internally; SLA targets are re-evaluated and the raise recorded")
    EscalationHistory raisePriority(@PathVariable String number, @Valid @RequestBody PriorityRaiseRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        return escalation.raisePriority(number, staff(user), version(ifMatch), request.priority(), request.reason());
    }

    @GetMapping("/escalation")
    @Operation(summary = "The current level, every escalation step, and who was or is to be told")
    EscalationHistory history(@PathVariable String number, Principal user) {
        return escalation.history(number, staff(user));
    }

    private static CaseAccess.Staff staff(Principal user) {
        return new CaseAccess.Staff(user.getName());
    }

    /** If-Match carries the case version from the ETag, quoted or weak. */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidCaseValueException("If-Match", "If-Match must be the case's ETag, e.g. \"3\".");
        }
    }
}
