package io.casedesk.complaints.web;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.NotEntitledException;
import io.casedesk.complaints.ComplaintKind;
import io.casedesk.complaints.ComplaintService;
import io.casedesk.complaints.ComplaintView;
import io.casedesk.customers.CustomerDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The complaints API: customers file and follow theirs; staff see them all (the work itself is in Tasklist). */
final class ComplaintControllers {

    record FileComplaintRequest(
            @NotNull(message = "Say whether this is a COMPLAINT or FEEDBACK.") ComplaintKind kind,
            @NotBlank(message = "Give a short subject.") @Size(max = 300) String subject,
            @NotBlank(message = "Tell us what happened.") @Size(max = 100_000) String description,
            @Size(max = 40) String caseNumber) {
    }

    @RestController
    @RequestMapping("/api/customer/complaints")
    @Tag(name = "Complaints (customer)")
    static class CustomerComplaints {

        private final ComplaintService complaints;
        private final CustomerDirectory customers;

        CustomerComplaints(ComplaintService complaints, CustomerDirectory customers) {
            this.complaints = complaints;
            this.customers = customers;
        }

        @PostMapping
        @Operation(summary = "File a complaint or feedback; acknowledged within two working days")
        ResponseEntity<ComplaintView> file(@Valid @RequestBody FileComplaintRequest request, Principal user) {
            ComplaintView filed = complaints.file(customer(user), request.kind(), request.subject(), request.description(),
                    request.caseNumber());
            return ResponseEntity.status(HttpStatus.CREATED)
                    .header(HttpHeaders.LOCATION, "/api/customer/complaints/" + filed.id()).body(filed);
        }

        @GetMapping
        List<ComplaintView> list(Principal user) {
            return complaints.list(customer(user));
        }

        @GetMapping("/{id}")
        ComplaintView get(@PathVariable long id, Principal user) {
            return complaints.get(id, customer(user));
        }

        private CaseAccess.Customer customer(Principal user) {
            return new CaseAccess.Customer(customers.contactByEmail(user.getName())
                    .orElseThrow(() -> new NotEntitledException("Your contact record is no longer active.")));
        }
    }

    @RestController
    @RequestMapping("/api/complaints")
    @Tag(name = "Complaints (staff)")
    static class StaffComplaints {

        private final ComplaintService complaints;

        StaffComplaints(ComplaintService complaints) {
            this.complaints = complaints;
        }

        @GetMapping
        List<ComplaintView> list(Principal user) {
            return complaints.list(new CaseAccess.Staff(user.getName()));
        }

        @GetMapping("/{id}")
        ComplaintView get(@PathVariable long id, Principal user) {
            return complaints.get(id, new CaseAccess.Staff(user.getName()));
        }
    }

    private ComplaintControllers() {
    }
}
