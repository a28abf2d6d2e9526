package io.casedesk.notify;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A URL an administrator registered for some of Casedesk's events, with the secret its calls are signed with. */
@Entity
@Table(name = "cd_webhook")
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String url;
    private String secret;
    private String events;
    private boolean active;
    private String createdBy;
    private Instant createdAt;

    protected Webhook() {
    }

    Webhook(String url, String secret, List<String> events, String createdBy, Instant createdAt) {
        this.url = url;
        this.secret = secret;
        this.events = String.join(",", events);
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    boolean wants(String eventType) {
        return active && eventTypes().contains(eventType);
    }

    void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    String getSecret() {
        return secret;
    }

    public List<String> eventTypes() {
        return Arrays.stream(events.split(",")).filter(e -> !e.isBlank()).toList();
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
