package io.casedesk.notify.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.casedesk.notify.OutboxMessage;
import io.casedesk.notify.Webhook;
import io.casedesk.notify.WebhookAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Webhooks for administrators ({@code camunda-admin}): register, list, remove, and each one's delivery log. */
@RestController
@RequestMapping("/api/admin/webhooks")
@Tag(name = "Webhooks", description = "Administrators: signed JSON calls for case, SLA and escalation events")
class WebhookAdminController {

    private final WebhookAdministration webhooks;

    WebhookAdminController(WebhookAdministration webhooks) {
        this.webhooks = webhooks;
    }

    record WebhookRequest(String url, String secret, List<String> events) {
    }

    /** {@code secret} only in the answer to the registration. */
    record WebhookView(long id, String url, List<String> events, boolean active, String createdBy, Instant createdAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

        static WebhookView of(Webhook webhook, String secret) {
            return new WebhookView(webhook.getId(), webhook.getUrl(), webhook.eventTypes(), webhook.isActive(),
                    webhook.getCreatedBy(), webhook.getCreatedAt(), secret);
        }
    }

    record DeliveryView(long id, String deliveryId, String event, String caseNumber, String status, int attempts,
            Integer responseStatus, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {

        static DeliveryView of(OutboxMessage m) {
            return new DeliveryView(m.getId(), m.getMessageId().replaceFirst("^webhook-", ""), m.getSubject(),
                    m.getCaseNumber(), m.getStatus().name().toLowerCase(Locale.ROOT), m.getAttempts(),
                    m.getResponseStatus(), m.getLastError(), m.getCreatedAt(), m.getNextAttemptAt(), m.getSentAt());
        }
    }

    record DeliveryPage(List<DeliveryView> content, int number, int size, long totalElements, int totalPages) {
    }

    @PostMapping
    @Operation(summary = "Register a URL; the answer carries the signing secret, shown only this once")
    ResponseEntity<WebhookView> register(@RequestBody WebhookRequest request, Authentication user) {
        Admins.require(user);
        var registered = webhooks.register(request.url(), request.secret(), request.events(), user.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/admin/webhooks/" + registered.webhook().getId())
                .body(WebhookView.of(registered.webhook(), registered.secret()));
    }

    @GetMapping
    List<WebhookView> list(Authentication user) {
        Admins.require(user);
        return webhooks.list().stream().map(w -> WebhookView.of(w, null)).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Stop calling a webhook (calls already queued are delivered; the log stays)")
    WebhookView deactivate(@PathVariable long id, Authentication user) {
        Admins.require(user);
        return WebhookView.of(webhooks.deactivate(id), null);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The webhook's calls, newest first: status, attempts, HTTP answer, last error")
    DeliveryPage deliveries(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Authentication user) {
        Admins.require(user);
        Paging.check(page, size);
        Page<OutboxMessage> found = webhooks.deliveries(id, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
        return new DeliveryPage(found.getContent().stream().map(DeliveryView::of).toList(), found.getNumber(),
                found.getSize(), found.getTotalElements(), found.getTotalPages());
    }
}
