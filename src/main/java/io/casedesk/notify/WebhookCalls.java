package io.casedesk.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes webhook calls into the outbox (one row per registered webhook that wants the event) and
 * makes them: an HTTP POST of the JSON with {@code X-Casedesk-Signature: sha256=<hex>}, the
 * HMAC-SHA256 of {@code <X-Casedesk-Timestamp>.<body>} under the webhook's secret. Every attempt
 * of a row carries the same {@code X-Casedesk-Delivery} id, so a receiver can drop a repeat.
 */
@Component
class WebhookCalls {

    static final String SIGNATURE = "X-Casedesk-Signature";
    static final String TIMESTAMP = "X-Casedesk-Timestamp";
    static final String EVENT = "X-Casedesk-Event";
    static final String DELIVERY = "X-Casedesk-Delivery";

    private final Webhooks webhooks;
    private final OutboxMessages messages;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookCalls(Webhooks webhooks, OutboxMessages messages, ObjectMapper json, Clock clock) {
        this.webhooks = webhooks;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** Queues the event for every active webhook registered for it, in the caller's transaction. */
    void enqueue(String eventType, Long caseId, String caseNumber, Map<String, Object> data) {
        for (Webhook webhook : webhooks.findByActiveTrueOrderByIdAsc()) {
            if (!webhook.wants(eventType)) {
                continue;
            }
            Instant now = clock.instant();
            String deliveryId = UUID.randomUUID().toString();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", deliveryId);
            body.put("type", eventType);
            body.put("occurredAt", now.toString());
            body.put("data", data);
            messages.save(OutboxMessage.webhookCall(webhook.getId(), webhook.getUrl(), eventType, caseId, caseNumber,
                    write(body), "webhook-" + deliveryId, now));
        }
    }

    /** Makes the call; returns the HTTP status, or throws when there was no answer or the webhook is gone. */
    int call(OutboxMessage row) throws Exception {
        Webhook webhook = webhooks.findById(row.getWebhookId())
                .orElseThrow(() -> new IllegalStateException("Webhook " + row.getWebhookId() + " was removed"));
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(row.getRecipients()))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Casedesk-Webhook/1")
                .header(EVENT, row.getSubject())
                .header(DELIVERY, row.getMessageId().substring("webhook-".length()))
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, "sha256=" + sign(webhook.getSecret(), timestamp, row.getTextBody()))
                .POST(HttpRequest.BodyPublishers.ofString(row.getTextBody(), StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
