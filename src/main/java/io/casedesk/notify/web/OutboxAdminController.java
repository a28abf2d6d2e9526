package io.casedesk.notify.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The mail outbox for administrators ({@code camunda-admin}): what failed, and sending it again. */
@RestController
@RequestMapping("/api/admin/outbox")
@Tag(name = "Mail outbox", description = "Administrators: outgoing mail by status, and retrying failed mail")
class OutboxAdminController {

    private final OutboxAdministration outbox;

    OutboxAdminController(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    record OutboxView(long id, String channel, String kind, String caseNumber, String recipients, String subject, String status,
            int attempts, Instant nextAttemptAt, String lastError, String messageId, boolean automatic,
            Instant createdAt, Instant sentAt) {

        static OutboxView of(OutboxMessage m) {
            return new OutboxView(m.getId(), m.getChannel().name().toLowerCase(Locale.ROOT), m.getKind(), m.getCaseNumber(), m.getRecipients(), m.getSubject(),
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
        Paging.check(page, size);
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
                .orElseThrow(() -> new Admins.BadParameter("status", "status is one of pending, sending, sent, failed."));
    }

    private static void requireAdmin(Authentication user) {
        Admins.require(user);
    }
}
