package io.casedesk.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a case. Kept in the database so every node of a cluster can serve it; the
 * name is sanitised and the type sniffed from the content on upload, and it is only ever served
 * as a download. The bytes live in {@link AttachmentContent}, a table of their own: without
 * bytecode enhancement Hibernate ignores a lazy basic attribute, so a content column here would be
 * read with every attachment list and every case view.
 */
@Entity
@Table(name = "cd_case_attachment")
public class CaseAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private boolean internal;
    private String uploadedBy;
    private Instant uploadedAt;

    protected CaseAttachment() {
    }

    CaseAttachment(Long caseId, String fileName, String contentType, long sizeBytes, boolean internal, Actor by,
            Instant at) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.internal = internal;
        this.uploadedBy = by.reference();
        this.uploadedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public boolean isInternal() {
        return internal;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
