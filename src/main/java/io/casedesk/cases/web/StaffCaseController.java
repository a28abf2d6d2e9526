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
import org.springframework.web.bind.annotation.PutMapping;
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
import io.casedesk.cases.NewCase;
import io.casedesk.cases.NotEntitledException;
import io.casedesk.cases.web.CaseRequests.AssignRequest;
import io.casedesk.cases.web.CaseRequests.CloseRequest;
import io.casedesk.cases.web.CaseRequests.HoldRequest;
import io.casedesk.cases.web.CaseRequests.MessageRequest;
import io.casedesk.cases.web.CaseRequests.PriorityRequest;
import io.casedesk.cases.web.CaseRequests.ReasonRequest;
import io.casedesk.cases.web.CaseRequests.RequiredReasonRequest;
import io.casedesk.cases.web.CaseRequests.ResolveRequest;
import io.casedesk.cases.web.CaseRequests.RespondRequest;
import io.casedesk.cases.web.CaseRequests.StaffNewCaseRequest;
import io.casedesk.cases.web.CaseViews.Message;
import io.casedesk.cases.web.CaseViews.StaffCase;
import io.casedesk.cases.web.CaseViews.Summary;
import io.casedesk.customers.CustomerDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The case API for support staff (HTTP Basic with a Camunda user). */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases (staff)")
class StaffCaseController {

    private final CaseService cases;
    private final CaseActions actions;
    private final CustomerDirectory customers;

    StaffCaseController(CaseService cases, CaseActions actions, CustomerDirectory customers) {
        this.cases = cases;
        this.actions = actions;
        this.customers = customers;
    }

    @PostMapping
    @Operation(summary = "Log a case for a customer (phone, chat, e-mail forwarded by hand)",
            responses = @ApiResponse(responseCode = "201", description = "Logged; Location names the case, ETag is its version"))
    ResponseEntity<StaffCase> create(@Valid @RequestBody StaffNewCaseRequest request, Principal user) {
        var requester = customers.contactByEmail(request.requesterEmail())
                .orElseThrow(() -> new NotEntitledException("No active contact has the e-mail address "
                        + request.requesterEmail() + "."));
        var staff = staff(user);
        Case created = actions.open(new NewCase(request.details().toDraft(request.channel()), requester,
                request.details().organisationId(),
                request.receivedAt() == null ? null : request.receivedAt().toInstant()), staff.actor());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/cases/" + created.getNumber())
                .eTag("\"" + created.getVersion() + "\"")
                .body(view(created, staff));
    }

    @GetMapping
    @Operation(summary = "Search and filter cases")
    PageView<Summary> search(@RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) String priority, @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String q,
            @PageableDefault(size = 50, sort = "receivedAt", direction = Sort.Direction.DESC) Pageable page,
            Principal user) {
        return PageView.of(cases.search(new CaseSearch(status, priority, organisationId, owner, q), staff(user),
                Paging.checked(page, Paging.STAFF_SORTS)), Summary::of);
    }

    @GetMapping("/{number}")
    ResponseEntity<StaffCase> get(@PathVariable String number, Principal user) {
        var staff = staff(user);
        Case supportCase = cases.get(number, staff);
        return Versions.withETag(supportCase.getVersion(), view(supportCase, staff));
    }

    @PostMapping("/{number}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a public reply (the customer sees it)")
    Message reply(@PathVariable String number, @Valid @RequestBody MessageRequest request, Principal user) {
        return Message.of(cases.reply(number, staff(user), io.casedesk.cases.Channel.API, request.body()));
    }

    @PostMapping("/{number}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an internal note (never shown to a customer)")
    Message note(@PathVariable String number, @Valid @RequestBody MessageRequest request, Principal user) {
        return Message.of(cases.addInternalNote(number, staff(user), request.body()));
    }

    @PostMapping(path = "/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CaseViews.Attachment attach(@PathVariable String number, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean internal, Principal user) throws IOException {
        return CaseViews.Attachment.of(cases.attach(number, staff(user), file.getOriginalFilename(), file.getBytes(), internal));
    }

    @GetMapping("/{number}/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id, Principal user) {
        return Downloads.of(cases.download(number, id, staff(user)));
    }

    @PostMapping("/{number}/respond")
    @Operation(summary = "Triage and first response: Open → In Progress")
    ResponseEntity<StaffCase> respond(@PathVariable String number, @Valid @RequestBody RespondRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var staff = staff(user);
        return done(actions.respond(number, staff, Versions.fromIfMatch(ifMatch), new CaseActions.Triage(
                request.priority(), request.priorityReason(), request.category(), request.owner(), request.reply())), staff);
    }

    @PostMapping("/{number}/pending")
    @Operation(summary = "Wait for the customer or a fix: In Progress → Pending")
    ResponseEntity<StaffCase> pending(@PathVariable String number, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var staff = staff(user);
        return done(actions.setPending(number, staff, Versions.fromIfMatch(ifMatch), request.reason()), staff);
    }

    @PostMapping("/{number}/hold")
    @Operation(summary = "Agreed pause until a date: In Progress → On Hold")
    ResponseEntity<StaffCase> hold(@PathVariable String number, @Valid @RequestBody HoldRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var staff = staff(user);
        return done(actions.holdUntil(number, staff, Versions.fromIfMatch(ifMatch), request.until().toInstant(),
                request.reason()), staff);
    }

    @PostMapping("/{number}/resume")
    @Operation(summary = "End a pause early: Pending or On Hold → In Progress")
    ResponseEntity<StaffCase> resume(@PathVariable String number, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var staff = staff(user);
        return done(actions.resume(number, staff, Versions.fromIfMatch(ifMatch), request.reason()), staff);
    }

    @PostMapping("/{number}/resolve")
    @Operation(summary = "Give the solution: In Progress → Resolved")
    ResponseEntity<StaffCase> resolve(@PathVariable String number, @Valid @RequestBody ResolveRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var staff = staff(user);
        return done(actions.resolve(number, staff, Versions.fromIfMatch(ifMatch), request.cause(),
                request.solutionType(), request.summary()), staff);
    }

    @PostMapping("/{number}/reopen")
    @Operation(summary = "Resolution did not help: Resolved → In Progress")
    ResponseEntity<StaffCase> reopen(@PathVariable String number, @Valid @RequestBody RequiredReasonRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var staff = staff(user);
        return done(actions.reopen(number, staff, Versions.fromIfMatch(ifMatch), request.reason()), staff);
    }

    @PostMapping("/{number}/close")
    @Operation(summary = "Close: not a defect or duplicate (In Progress), or confirmed (Resolved)")
    ResponseEntity<StaffCase> close(@PathVariable String number, @Valid @RequestBody CloseRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var staff = staff(user);
        return done(actions.close(number, staff, Versions.fromIfMatch(ifMatch), request.reason(), request.note()), staff);
    }

    @PutMapping("/{number}/details")
    @Operation(summary = "Complete or correct product, version and operating system")
    ResponseEntity<StaffCase> details(@PathVariable String number, @Valid @RequestBody CaseRequests.DetailsRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var staff = staff(user);
        return done(actions.updateDetails(number, staff, Versions.fromIfMatch(ifMatch), request.product(),
                request.productVersion(), request.operatingSystem()), staff);
    }

    @PutMapping("/{number}/work-order-date")
    @Operation(summary = "Publish or move the Work Order date (policy A: a P5 feature request is resolved by it)")
    ResponseEntity<StaffCase> workOrderDate(@PathVariable String number,
            @Valid @RequestBody CaseRequests.WorkOrderDateRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var staff = staff(user);
        return done(actions.publishWorkOrderDate(number, staff, Versions.fromIfMatch(ifMatch), request.workOrderDate()),
                staff);
    }

    @PutMapping("/{number}/owner")
    @Operation(summary = "Assign the case owner")
    ResponseEntity<StaffCase> assign(@PathVariable String number, @Valid @RequestBody AssignRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var staff = staff(user);
        return done(actions.assign(number, staff, Versions.fromIfMatch(ifMatch), request.owner()), staff);
    }

    @PutMapping("/{number}/priority")
    @Operation(summary = "Raise or lower the priority, with a reason")
    ResponseEntity<StaffCase> priority(@PathVariable String number, @Valid @RequestBody PriorityRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        var staff = staff(user);
        return done(actions.changePriority(number, staff, Versions.fromIfMatch(ifMatch), request.priority(),
                request.reason()), staff);
    }

    /** Re-read after the action so the answer shows the state the process left the case in. */
    private ResponseEntity<StaffCase> done(Case changed, CaseAccess.Staff staff) {
        Case current = cases.get(changed.getNumber(), staff);
        return Versions.withETag(current.getVersion(), view(current, staff));
    }

    private StaffCase view(Case supportCase, CaseAccess.Staff staff) {
        return StaffCase.of(supportCase, cases.conversation(supportCase, staff), cases.attachments(supportCase, staff));
    }

    private static CaseAccess.Staff staff(Principal user) {
        return new CaseAccess.Staff(user.getName());
    }
}
