package io.casedesk.intake.web;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.intake.Quarantine;
import io.casedesk.intake.QuarantineView;
import io.casedesk.intake.ReviewQueue;
import io.casedesk.intake.ReviewStatus;
import io.casedesk.intake.ReviewView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Staff API of mail intake: the review queue of mail from senders who may not open cases, and the quarantine. */
@RestController
@RequestMapping("/api/intake")
@Tag(name = "Mail intake (staff)")
class IntakeController {

    private static final Set<String> SORTS = Set.of("receivedAt", "fromAddress", "subject");

    private final ReviewQueue review;
    private final Quarantine quarantine;

    IntakeController(ReviewQueue review, Quarantine quarantine) {
        this.review = review;
        this.quarantine = quarantine;
    }

    record OpenCaseRequest(@NotBlank(message = "Choose the contact the case is for (their e-mail address).")
            @Email(message = "Give the contact's e-mail address.") @Size(max = 254) String contactEmail) {
    }

    record DiscardRequest(@NotBlank(message = "Say why the mail is discarded.") @Size(max = 1000) String reason) {
    }

    record OpenedCase(String caseNumber, ReviewView item) {
    }

    record PageOf<T>(List<T> content, int number, int size, long totalElements, int totalPages) {
        static <T> PageOf<T> of(Page<T> page) {
            return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }
    }

    @GetMapping("/review")
    @Operation(summary = "Mail held for review (status OPEN by default: waiting for staff)")
    PageOf<ReviewView> reviewQueue(@RequestParam(defaultValue = "OPEN") ReviewStatus status,
            @PageableDefault(size = 50, sort = "receivedAt", direction = Sort.Direction.DESC) Pageable page) {
        return PageOf.of(review.list(status, checked(page)));
    }

    @GetMapping("/review/{id}")
    ReviewView reviewItem(@PathVariable Long id) {
        return review.get(id);
    }

    @PostMapping("/review/{id}/case")
    @Operation(summary = "Open a case from the held mail for the chosen contact (text and attachments)",
            responses = @ApiResponse(responseCode = "201", description = "Opened; Location names the case"))
    ResponseEntity<OpenedCase> openCase(@PathVariable Long id, @Valid @RequestBody OpenCaseRequest request,
            Principal user) {
        String number = review.openCase(id, user.getName(), request.contactEmail());
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, "/api/cases/" + number)
                .body(new OpenedCase(number, review.get(id)));
    }

    @PostMapping("/review/{id}/discard")
    @Operation(summary = "Discard the held mail, with a reason")
    ReviewView discard(@PathVariable Long id, @Valid @RequestBody DiscardRequest request, Principal user) {
        return review.discard(id, user.getName(), request.reason());
    }

    @GetMapping("/quarantine")
    @Operation(summary = "Mail kept whole because it could not be read or acted on, newest first")
    PageOf<QuarantineView> quarantined(
            @PageableDefault(size = 50, sort = "receivedAt", direction = Sort.Direction.DESC) Pageable page) {
        return PageOf.of(quarantine.list(checked(page)));
    }

    @GetMapping("/quarantine/{id}/raw")
    @Operation(summary = "The quarantined mail exactly as received (message/rfc822), as a download")
    ResponseEntity<byte[]> raw(@PathVariable Long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("quarantined-" + id + ".eml").build().toString())
                .body(quarantine.raw(id));
    }

    private static Pageable checked(Pageable page) {
        for (Sort.Order order : page.getSort()) {
            if (!SORTS.contains(order.getProperty())) {
                throw new InvalidListRequestException("sort",
                        "Sort by one of %s, not '%s'.".formatted(SORTS, order.getProperty()));
            }
        }
        if (page.getPageSize() > 200) {
            throw new InvalidListRequestException("size", "Ask for at most 200 items a page.");
        }
        return page;
    }
}
