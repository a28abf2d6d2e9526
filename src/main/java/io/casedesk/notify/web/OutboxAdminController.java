package io.casedesk.notify.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.notify.OutboxAdministration;
import io.casedesk.notify.OutboxMessage;
import io.casedesk.notify.OutboxStatus;
import io.casedesk.platform.identity.StaffGroups;
import io.casedesk.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The mail outbox for administrators ({@code camunda-admin}): what failed, and sending it again. */
@RestController
@RequestMapping("/api/admin/outbox")
@Tag(name = "Mail outbox", description = "Administrators: outgoing mail by status, and retrying failed mail")
class OutboxAdminController {

    private static final int MAX_PAGE_SIZE = 200;

    private final OutboxAdministration outbox;

    OutboxAdminController(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    record OutboxView(long id, String kind, String caseNumber, String recipients, String subject, String status,
            int attempts, Instant nextAttemptAt, String lastError, String messageId, boolean automatic,
            Instant createdAt, Instant sentAt) {

        static OutboxView of(OutboxMessage m) {
            return new OutboxView(m.getId(), m.getKind(), m.getCaseNumber(), m.getRecipients(), m.getSubject(),
                    m.getStatus().name().toLowerCase(Locale.ROOT), m.getAttempts(), m.getNextAttemptAt(),
                    m.getLastError(), m.getMessageId(), m.isAutomatic(), m.getCreatedAt(), m.getSentAt());
        }
    }

    record OutboxPage(List<OutboxView> content, int number, int size, long totalElements, int totalPages) {
    }

    @GetMapping
    @Operation(summary = "Outgoing mail, newest first; status = pending, sending, sent or failed")
    OutboxPage list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Authentication user) {
        requireAdmin(user);
        if (page < 0) {
            throw new BadOutboxParameter("page", "page is 0 or more.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadOutboxParameter("size", "size is between 1 and %d.".formatted(MAX_PAGE_SIZE));
        }
        Page<OutboxMessage> found = outbox.list(status(status), PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
        return new OutboxPage(found.getContent().stream().map(OutboxView::of).toList(), found.getNumber(),
                found.getSize(), found.getTotalElements(), found.getTotalPages());
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Send a failed message again (same Message-ID, fresh attempts)")
    OutboxView retry(@PathVariable long id, Authentication user) {
        requireAdmin(user);
        return OutboxView.of(outbox.retry(id));
    }

    private static OutboxStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(OutboxStatus.values()).filter(s -> s.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new BadOutboxParameter("status", "status is one of pending, sending, sent, failed."));
    }

    private static void requireAdmin(Authentication user) {
        boolean admin = user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(StaffGroups.authority(StaffGroups.ADMINS)));
        if (!admin) {
            throw new NotAnAdministrator();
        }
    }

    static final class BadOutboxParameter extends ProblemException {

        private final String field;

        BadOutboxParameter(String field, String detail) {
            super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
            this.field = field;
        }

        @Override
        public List<FieldProblem> fieldProblems() {
            return List.of(new FieldProblem(field, getMessage()));
        }
    }

    static final class NotAnAdministrator extends ProblemException {

        NotAnAdministrator() {
            super(HttpStatus.FORBIDDEN, "forbidden", "Administrators only",
                    "The mail outbox is for members of " + StaffGroups.ADMINS + ".");
        }
    }
}
