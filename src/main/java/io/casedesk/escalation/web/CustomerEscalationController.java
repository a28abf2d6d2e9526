package io.casedesk.escalation.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.NotEntitledException;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.escalation.CustomerEscalationView;
import io.casedesk.escalation.EscalationService;
import io.casedesk.escalation.web.EscalationRequests.CustomerEscalationRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Escalation for customer contacts, on the cases they may see; a case they may not see is not found. */
@RestController
@RequestMapping("/api/customer/cases/{number}")
@Tag(name = "Escalation (customer)")
class CustomerEscalationController {

    private final EscalationService escalation;
    private final CustomerDirectory customers;

    CustomerEscalationController(EscalationService escalation, CustomerDirectory customers) {
        this.escalation = escalation;
        this.customers = customers;
    }

    @PostMapping("/escalate")
    @Operation(summary = "Escalate your case, with a reason; escalating again moves it one level up")
    CustomerEscalationView escalate(@PathVariable String number, @Valid @RequestBody CustomerEscalationRequest request,
            Principal user) {
        return escalation.escalateByCustomer(number, customer(user), request.reason(), request.comment());
    }

    @GetMapping("/escalation")
    @Operation(summary = "Who is handling your escalated case, since when, and what happened so far")
    CustomerEscalationView history(@PathVariable String number, Principal user) {
        return escalation.history(number, customer(user));
    }

    private CaseAccess.Customer customer(Principal user) {
        return new CaseAccess.Customer(customers.contactByEmail(user.getName())
                .orElseThrow(() -> new NotEntitledException("Your contact record is no longer active.")));
    }
}
