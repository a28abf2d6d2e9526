package io.casedesk.cases.web;

import java.io.IOException;
import java.security.Principal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseActions;
import io.casedesk.cases.CaseSearch;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.Channel;
import io.casedesk.cases.NewCase;
import io.casedesk.cases.NotEntitledException;
import io.casedesk.cases.web.CaseRequests.MessageRequest;
import io.casedesk.cases.web.CaseRequests.NewCaseRequest;
import io.casedesk.cases.web.CaseRequests.RequiredReasonRequest;
import io.casedesk.cases.web.CaseViews.CustomerCase;
import io.casedesk.cases.web.CaseViews.CustomerMessage;
import io.casedesk.cases.web.CaseViews.CustomerSummary;
import io.casedesk.customers.CustomerDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The case API for customer contacts (HTTP Basic with the portal account). They see only what their role allows. */
@RestController
@RequestMapping("/api/customer/cases")
@Tag(name = "Cases (customer)")
class CustomerCaseController {

    private final CaseService cases;
    private final CaseActions actions;
    private final CustomerDirectory customers;
    private final StaffNames staffNames;

    CustomerCaseController(CaseService cases, CaseActions actions, CustomerDirectory customers, StaffNames staffNames) {
        this.staffNames = staffNames;
        this.cases = cases;
        this.actions = actions;
        this.customers = customers;
    }

    @PostMapping
    @Operation(summary = "Open a case; the answer carries its number", responses = @ApiResponse(responseCode = "201",
            description = "Opened; Location names the case, ETag is its version"))
    ResponseEntity<CustomerCase> create(@Valid @RequestBody NewCaseRequest request, Principal user) {
        var customer = customer(user);
        Case created = actions.open(new NewCase(request.toDraft(Channel.API), customer.contact(), request.organisationId(),
                null), customer.actor());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/customer/cases/" + created.getNumber())
                .eTag("\"" + created.getVersion() + "\"")
                .body(view(created, customer));
    }

    @GetMapping
    @Operation(summary = "The cases you may see")
    PageView<CustomerSummary> list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String q,
            @PageableDefault(size = 50, sort = "receivedAt", direction = Sort.Direction.DESC) Pageable page,
            Principal user) {
        var staff = staffNames.lookup();
        return PageView.of(cases.search(new CaseSearch(status, null, null, null, q), customer(user),
                Paging.checked(page, Paging.CUSTOMER_SORTS)), c -> CustomerSummary.of(c, staff));
    }

    @GetMapping("/{number}")
    ResponseEntity<CustomerCase> get(@PathVariable String number, Principal user) {
        var customer = customer(user);
        Case supportCase = cases.get(number, customer);
        return Versions.withETag(supportCase.getVersion(), view(supportCase, customer));
    }

    @PostMapping("/{number}/replies")
    @Operation(summary = "Reply; a reply to a Pending case puts it back In Progress", responses = {
            @ApiResponse(responseCode = "201", description = "Stored; the case moved on at once where the reply moves it"),
            @ApiResponse(responseCode = "202", description = "Stored; the case catches up with the reply shortly "
                    + "(its process was not reachable; Casedesk retries and alerts an administrator)") })
    ResponseEntity<CustomerMessage> reply(@PathVariable String number, @Valid @RequestBody MessageRequest request,
            Principal user) {
        var posted = cases.postReply(number, customer(user), Channel.API, request.body());
        return ResponseEntity.status(posted.caseCatchesUpLater() ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
                .body(CustomerMessage.of(posted.message(), staffNames.lookup()));
    }

    @PostMapping(path = "/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CaseViews.Attachment attach(@PathVariable String number, @RequestParam("file") MultipartFile file, Principal user)
            throws IOException {
        return CaseViews.Attachment.of(cases.attach(number, customer(user), file.getOriginalFilename(), file.getBytes(), false));
    }

    @GetMapping("/{number}/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id, Principal user) {
        return Downloads.of(cases.download(number, id, customer(user)));
    }

    @org.springframework.web.bind.annotation.PutMapping("/{number}/details")
    @Operation(summary = "Complete or correct product, version and operating system")
    ResponseEntity<CustomerCase> details(@PathVariable String number, @Valid @RequestBody CaseRequests.DetailsRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var customer = customer(user);
        actions.updateDetails(number, customer, Versions.fromIfMatch(ifMatch), request.product(),
                request.productVersion(), request.operatingSystem());
        return current(number, customer);
    }

    @PostMapping("/{number}/confirm")
    @Operation(summary = "Confirm the resolution: Resolved → Closed")
    ResponseEntity<CustomerCase> confirm(@PathVariable String number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var customer = customer(user);
        actions.confirm(number, customer, Versions.fromIfMatch(ifMatch));
        return current(number, customer);
    }

    @PostMapping("/{number}/reopen")
    @Operation(summary = "The resolution did not help: Resolved → In Progress")
    ResponseEntity<CustomerCase> reopen(@PathVariable String number, @Valid @RequestBody RequiredReasonRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var customer = customer(user);
        actions.reopen(number, customer, Versions.fromIfMatch(ifMatch), request.reason());
        return current(number, customer);
    }

    private ResponseEntity<CustomerCase> current(String number, CaseAccess.Customer customer) {
        Case supportCase = cases.get(number, customer);
        return Versions.withETag(supportCase.getVersion(), view(supportCase, customer));
    }

    private CustomerCase view(Case supportCase, CaseAccess.Customer customer) {
        return CustomerCase.of(supportCase, cases.conversation(supportCase, customer),
                cases.attachments(supportCase, customer), staffNames.lookup());
    }

    private CaseAccess.Customer customer(Principal user) {
        return new CaseAccess.Customer(customers.contactByEmail(user.getName())
                .orElseThrow(() -> new NotEntitledException("Your contact record is no longer active.")));
    }
}
