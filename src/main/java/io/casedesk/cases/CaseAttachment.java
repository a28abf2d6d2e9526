package io.casedesk.cases;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A file attached to a case. Kept in the database so every node of a cluster can serve it; the
 * name is sanitised and the type sniffed from the content on upload, and it is only ever served
 * as a download.
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
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private boolean internal;
    private String uploadedBy;
    private Instant uploadedAt;

    protected CaseAttachment() {
    }

    CaseAttachment(Long caseId, String fileName, String contentType, byte[] content, boolean internal, Actor by,
            Instant at) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
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

    public byte[] getContent() {
        return content;
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
