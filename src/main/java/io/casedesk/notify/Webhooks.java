package io.casedesk.notify;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Webhooks extends JpaRepository<Webhook, Long> {

    List<Webhook> findByActiveTrueOrderByIdAsc();

    List<Webhook> findAllByOrderByIdAsc();
}
