package io.casedesk.cases;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Cases extends JpaRepository<Case, Long>, JpaSpecificationExecutor<Case> {

    Optional<Case> findByNumber(String number);
}
