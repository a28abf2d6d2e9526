package io.casedesk.escalation.process;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.cases.Case;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.Cases;
import io.casedesk.sla.PolicySets;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.calendar.BusinessCalendar;

/** The watch rules' view of a stored case: its SLA policy set, and core hours as that set's main calendar. */
@Component
class CaseWatchFacts implements WatchedCases {

    private final Cases cases;
    private final SlaClocks clocks;
    private final PolicySets policySets;

    CaseWatchFacts(Cases cases, SlaClocks clocks, PolicySets policySets) {
        this.cases = cases;
        this.clocks = clocks;
        this.policySets = policySets;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WatchedCase> find(long caseId) {
        return cases.findById(caseId).map(this::facts);
    }

    private WatchedCase facts(Case c) {
        String policySet = clocks.policySetOf(c.getId());
        BusinessCalendar coreHours = clocks.calendar(policySets.get(policySet).mainCalendar().name());
        boolean done = c.getStatus() == CaseStatus.RESOLVED || c.getStatus() == CaseStatus.CLOSED;
        return new WatchedCase(c.getId(), policySet, c.getCategory(), c.getPriority(), c.getReceivedAt(),
                c.getFirstResponseAt(), done, coreHours.isWorkingTime(c.getReceivedAt()));
    }

    @Override
    public BusinessCalendar calendar(long caseId, String name) {
        return clocks.calendarFor(caseId, name);
    }
}
