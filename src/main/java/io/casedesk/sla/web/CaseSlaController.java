package io.casedesk.sla.web;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.NotEntitledException;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A case's service levels: due times and business time left, for staff with the clock details and
 * events, for customers just what is promised to them. Who may see the case is decided by
 * {@link CaseService#get}, exactly as for the case itself.
 */
@RestController
@Tag(name = "Service levels")
class CaseSlaController {

    private final CaseService cases;
    private final CustomerDirectory customers;
    private final SlaClocks clocks;

    CaseSlaController(CaseService cases, CustomerDirectory customers, SlaClocks clocks) {
        this.cases = cases;
        this.customers = customers;
        this.clocks = clocks;
    }

    record StaffSla(String caseNumber, List<SlaClocks.ClockView> clocks, List<Event> events) {
    }

    record Event(String target, String kind, Instant at, Instant dueAt, String note) {

        static Event of(SlaEvent e) {
            return new Event(e.getTarget(), e.getKind().name(), e.getAt(), e.getDueAt(), e.getNote());
        }
    }

    /** @param priorityNote why the support policy gave the case another priority than the one asked for, if it did */
    record CustomerSla(String caseNumber, String priority, String priorityNote, List<CustomerTarget> targets) {
    }

    /** @param remainingBusinessTime ISO-8601 duration of support time left (kept while paused) */
    record CustomerTarget(String target, String state, Instant dueAt, Duration remainingBusinessTime) {
    }

    @GetMapping("/api/cases/{number}/sla")
    @Operation(summary = "A case's SLA clocks and events (staff)")
    StaffSla staff(@PathVariable String number, Principal user) {
        Case supportCase = cases.get(number, new CaseAccess.Staff(user.getName()));
        return new StaffSla(supportCase.getNumber(), clocks.clocks(supportCase.getId()),
                clocks.events(supportCase.getId()).stream().map(Event::of).toList());
    }

    @GetMapping("/api/customer/cases/{number}/sla")
    @Operation(summary = "When a case's targets are due and how much support time is left (customer)")
    CustomerSla customer(@PathVariable String number, Principal user) {
        var contact = customers.contactByEmail(user.getName())
                .orElseThrow(() -> new NotEntitledException("Your contact record is no longer active."));
        Case supportCase = cases.get(number, new CaseAccess.Customer(contact));
        return new CustomerSla(supportCase.getNumber(), supportCase.getPriority(), supportCase.getPolicyPriorityReason(),
                clocks.clocks(supportCase.getId()).stream()
                .map(c -> new CustomerTarget(c.target(), c.state(), c.dueAt(), c.remainingBusinessTime()))
                .toList());
    }
}
