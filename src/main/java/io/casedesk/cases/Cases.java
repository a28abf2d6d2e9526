package io.casedesk.cases;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Cases extends JpaRepository<Case, Long>, JpaSpecificationExecutor<Case> {

    Optional<Case> findByNumber(String number);

    /**
     * Reads the case and holds its row until the transaction ends, so concurrent actions on one
     * case queue up instead of deadlocking inside the engine; the second then sees the first's result.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Case c where c.number = :number")
    Optional<Case> lockByNumber(@Param("number") String number);
}
