package io.casedesk.notify;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    /** Due rows: pending and due, or claimed by a sender whose lease ran out (it crashed or hung). */
    @Query("""
            select m.id from OutboxMessage m
            where (m.status = :pending and m.nextAttemptAt <= :now) or (m.status = :sending and m.claimedUntil < :now)
            order by m.nextAttemptAt, m.id""")
    List<Long> findDue(@Param("now") Instant now, @Param("pending") OutboxStatus pending,
            @Param("sending") OutboxStatus sending, Pageable page);

    /**
     * Takes one due row for one sender: a single UPDATE whose WHERE repeats the due condition, so of
     * two senders (threads or nodes) racing for a row exactly one sees 1.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m set m.status = :sending, m.claimToken = :token, m.claimedUntil = :until
            where m.id = :id
              and ((m.status = :pending and m.nextAttemptAt <= :now) or (m.status = :sending and m.claimedUntil < :now))""")
    int claim(@Param("id") long id, @Param("token") String token, @Param("until") Instant until,
            @Param("now") Instant now, @Param("pending") OutboxStatus pending, @Param("sending") OutboxStatus sending);

    /** The Message-IDs a case's earlier mails went out with, newest first (threading). */
    @Query("select m.messageId from OutboxMessage m where m.caseId = :caseId order by m.id desc")
    List<String> messageIdsOfCase(@Param("caseId") long caseId, Pageable page);

    Page<OutboxMessage> findByStatus(OutboxStatus status, Pageable page);

    Page<OutboxMessage> findByWebhookId(Long webhookId, Pageable page);

    List<OutboxMessage> findByCaseIdOrderByIdAsc(Long caseId);

    long countByStatus(OutboxStatus status);
}
