package io.casedesk.customers;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface LoginThrottles extends JpaRepository<LoginThrottle, String> {

    /** Rows whose window has passed and that are not locked count for nothing any more. */
    @Modifying
    @Transactional
    @Query("delete from LoginThrottle t where t.windowStart < :windowStartedBefore and (t.lockedUntil is null or t.lockedUntil < :now)")
    int deleteForgotten(Instant windowStartedBefore, Instant now);
}
