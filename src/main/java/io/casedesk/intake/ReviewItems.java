package io.casedesk.intake;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

interface ReviewItems extends JpaRepository<ReviewItem, Long> {

    /** The queue without the raw mails, which only a decision reads. */
    @Query(value = "select new io.casedesk.intake.ReviewView(r.id, r.fromAddress, r.fromName, r.subject, r.body, r.reason, "
            + "r.receivedAt, r.answeredAt, r.status, r.caseNumber, r.decidedBy, r.decidedAt, r.discardReason) "
            + "from ReviewItem r where r.status = :status",
            countQuery = "select count(r) from ReviewItem r where r.status = :status")
    Page<ReviewView> listByStatus(@Param("status") ReviewStatus status, Pageable page);

    @Query("select new io.casedesk.intake.ReviewView(r.id, r.fromAddress, r.fromName, r.subject, r.body, r.reason, "
            + "r.receivedAt, r.answeredAt, r.status, r.caseNumber, r.decidedBy, r.decidedAt, r.discardReason) "
            + "from ReviewItem r where r.id = :id")
    Optional<ReviewView> findViewById(@Param("id") Long id);

    /** The mail as received, alone (not the entity, so that reading many keeps none of them). */
    @Query("select r.raw from ReviewItem r where r.id = :id")
    Optional<byte[]> findRawById(@Param("id") Long id);

    boolean existsByFromAddressAndAnsweredAtAfter(String fromAddress, Instant since);

    /** Holds the item's row until the transaction ends, so two staff deciding at once queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReviewItem r where r.id = :id")
    Optional<ReviewItem> lockById(@Param("id") Long id);
}
