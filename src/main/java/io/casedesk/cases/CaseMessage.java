package io.casedesk.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry in a case's conversation: a public reply or an internal note. */
@Entity
@Table(name = "cd_case_message")
public class CaseMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private MessageVisibility visibility;
    @Enumerated(EnumType.STRING)
    private AuthorKind authorKind;
    private String authorId;
    private String authorName;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String body;
    private Instant createdAt;

    protected CaseMessage() {
    }

    CaseMessage(Long caseId, MessageVisibility visibility, Actor author, Channel channel, String body, Instant at) {
        if (visibility == MessageVisibility.INTERNAL && author.kind() == AuthorKind.CUSTOMER) {
            throw new CaseException("Customers cannot write internal notes.");
        }
        this.caseId = caseId;
        this.visibility = visibility;
        this.authorKind = author.kind();
        this.authorId = author.id();
        this.authorName = author.name();
        this.channel = channel;
        this.body = body;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public MessageVisibility getVisibility() {
        return visibility;
    }

    public boolean isPublic() {
        return visibility == MessageVisibility.PUBLIC;
    }

    public AuthorKind getAuthorKind() {
        return authorKind;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
