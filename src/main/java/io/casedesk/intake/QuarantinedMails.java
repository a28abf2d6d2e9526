package io.casedesk.intake;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuarantinedMails extends JpaRepository<QuarantinedMail, Long> {

    /** The list without the raw mails, which only a download reads. */
    @Query(value = "select new io.casedesk.intake.QuarantineView(q.id, q.mailbox, q.fromAddress, q.subject, q.reason, "
            + "q.caseNumber, q.sizeBytes, q.receivedAt) from QuarantinedMail q",
            countQuery = "select count(q) from QuarantinedMail q")
    Page<QuarantineView> list(Pageable page);
}
