package io.casedesk.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The person who reported the case, as they reported it (kept even if the contact record changes). */
@Embeddable
public record Requester(
        @Column(name = "requester_id") Long contactId,
        @Column(name = "requester_name") String name,
        @Column(name = "requester_email") String email,
        @Column(name = "requester_phone") String phone) {
}
