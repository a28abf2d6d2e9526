package io.casedesk.intake;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessedMails extends JpaRepository<ProcessedMail, String> {

    long countByFromAddressAndProcessedAtAfter(String fromAddress, Instant since);
}
