package io.casedesk.notify;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.platform.web.ProblemException;

/** Registering, listing and removing webhooks, and each one's delivery log (its outbox rows). */
@Service
@Transactional
public class WebhookAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Webhooks webhooks;
    private final OutboxMessages messages;
    private final Clock clock;

    WebhookAdministration(Webhooks webhooks, OutboxMessages messages, Clock clock) {
        this.webhooks = webhooks;
        this.messages = messages;
        this.clock = clock;
    }

    /** A registered webhook and its secret: shown once, at registration. */
    public record Registered(Webhook webhook, String secret) {
    }

    public Registered register(String url, String secret, List<String> events, String by) {
        URI uri = checkedUrl(url);
        List<String> types = events == null || events.isEmpty() ? WebhookEventTypes.ALL : events.stream().map(String::strip)
                .distinct().toList();
        for (String type : types) {
            if (!WebhookEventTypes.ALL.contains(type)) {
                throw new InvalidWebhookException("events",
                        "'%s' is not an event; choose from %s.".formatted(type, WebhookEventTypes.ALL));
            }
        }
        String key = secret == null || secret.isBlank() ? newSecret() : secret.strip();
        if (key.length() < 16 || key.length() > 200) {
            throw new InvalidWebhookException("secret", "A secret has 16 to 200 characters; leave it out to get one.");
        }
        return new Registered(webhooks.save(new Webhook(uri.toString(), key, types, by, clock.instant())), key);
    }

    @Transactional(readOnly = true)
    public List<Webhook> list() {
        return webhooks.findAllByOrderByIdAsc();
    }

    /** No more calls from now on; calls already queued are still delivered, and the log stays. */
    public Webhook deactivate(long id) {
        Webhook webhook = get(id);
        webhook.deactivate();
        return webhook;
    }

    @Transactional(readOnly = true)
    public Page<OutboxMessage> deliveries(long id, Pageable page) {
        get(id);
        return messages.findByWebhookId(id, page);
    }

    private Webhook get(long id) {
        return webhooks.findById(id).orElseThrow(() -> new WebhookNotFoundException(id));
    }

    private static URI checkedUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw new InvalidWebhookException("url", "Give the webhook's URL, http:// or https://, at most 2000 characters.");
        }
        try {
            URI uri = new URI(url.strip());
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new InvalidWebhookException("url", "A webhook URL is http:// or https:// with a host and no user name.");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidWebhookException("url", "Not a URL: " + e.getReason() + ".");
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static final class InvalidWebhookException extends ProblemException {

        private final String field;

        InvalidWebhookException(String field, String detail) {
            super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
            this.field = field;
        }

        @Override
        public List<FieldProblem> fieldProblems() {
            return List.of(new FieldProblem(field, getMessage()));
        }
    }

    static final class WebhookNotFoundException extends ProblemException {

        WebhookNotFoundException(long id) {
            super(HttpStatus.NOT_FOUND, "webhook-not-found", "No such webhook", "There is no webhook %d.".formatted(id));
        }
    }
}
