package io.casedesk.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of one {@link CaseAttachment}, read only when someone downloads it. */
@Entity
@Table(name = "cd_case_attachment_content")
class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;
    @Lob
    private byte[] content;

    protected AttachmentContent() {
    }

    AttachmentContent(Long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
