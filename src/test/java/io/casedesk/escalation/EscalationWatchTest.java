package io.casedesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseSearch;
import io.casedesk.cases.CaseService;
import io.casedesk.escalation.process.EscalationProcess;
import io.casedesk.platform.identity.StaffGroups;

/**
 * Policy A's watch on a live context with the policy-a set: the dev profile's demo outage (P1,
 * received 20 minutes before start-up, not responded to) escalates to the support managers once
 * its response time has passed, and only once.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:escalation-watch;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "camunda.bpm.job-execution.enabled=false",
        "casedesk.escalation.policy-set=policy-a",
        "casedesk.escalation.watch-interval=PT24H" })
@ActiveProfiles("dev")
class EscalationWatchTest {

    @Autowired
    EscalationWatch watch;
    @Autowired
    CaseService cases;
    @Autowired
    EscalationEvents events;
    @Autowired
    TaskService tasks;

    @Test
    void anOutageWithoutResponseEscalatesToTheManagersOnce() {
        Case outage = cases.search(new CaseSearch(null, null, null, null, "dashboard shows no data"),
                new CaseAccess.Staff("analyst"), org.springframework.data.domain.Pageable.ofSize(1)).getContent().get(0);
        Instant received = outage.getReceivedAt();

        assertThat(watch.check(received.plus(Duration.ofMinutes(29)))).isZero();
        assertThat(events.existsByCaseIdAndTrigger(outage.getId(), EscalationTrigger.OUTAGE_NOT_RESPONDED)).isFalse();

        // Past 12 hours the rule fires whether the outage arrived in core hours (30 minutes) or not.
        assertThat(watch.check(received.plus(Duration.ofHours(12)))).isEqualTo(1);

        assertThat(events.existsByCaseIdAndTrigger(outage.getId(), EscalationTrigger.OUTAGE_NOT_RESPONDED)).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(outage.getId()))
                .taskDefinitionKey(EscalationProcess.Elements.SUPPORT_MANAGER_REVIEWS).taskCandidateGroup(StaffGroups.MANAGERS).count())
                .isEqualTo(1);

        assertThat(watch.check(received.plus(Duration.ofHours(13)))).isZero();
    }
}
