package io.casedesk.sla.web;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.CasesProperties;
import io.casedesk.cases.StatusChange;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.sla.SlaException;
import io.casedesk.sla.SlaPreview;
import io.casedesk.sla.SlaProperties;
import io.casedesk.sla.SlaReplay;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Replay a past case against another policy set or the table deployed now: {@code POST /api/sla/replay}. */
@RestController
@Tag(name = "Service levels")
class SlaReplayController {

    private final CaseService cases;
    private final CustomerDirectory customers;
    private final CasesProperties casesProperties;
    private final SlaProperties slaProperties;
    private final SlaReplay replay;

    SlaReplayController(CaseService cases, CustomerDirectory customers, CasesProperties casesProperties,
            SlaProperties slaProperties, SlaReplay replay) {
        this.cases = cases;
        this.customers = customers;
        this.casesProperties = casesProperties;
        this.slaProperties = slaProperties;
        this.replay = replay;
    }

    record ReplayRequest(@Schema(example = "CASE-10001", requiredMode = Schema.RequiredMode.REQUIRED) String caseNumber,
            @Schema(description = "policy-a … policy-e; the active one when left out", example = "policy-d") String policySet) {
    }

    @PostMapping("/api/sla/replay")
    @Operation(summary = "Replay a case's recorded history against a policy set: which targets would have been met",
            description = "Uses the case's received, first-response and resolution times and the stretches it was Pending, "
                    + "On Hold or Resolved before a reopen; evaluates the deployed tables for the policy set. Nothing is stored.")
    SlaReplay.Answer replay(@RequestBody ReplayRequest request, Principal user) {
        if (request.caseNumber() == null || request.caseNumber().isBlank()) {
            throw new SlaException("caseNumber", "Name the case to replay.");
        }
        Case supportCase = cases.get(request.caseNumber().strip(), new CaseAccess.Staff(user.getName()));
        var organisation = customers.organisation(supportCase.getOrganisationId()).orElse(null);
        return replay.replay(new SlaReplay.History(supportCase.getNumber(), supportCase.getReceivedAt(),
                supportCase.getPriority(), casesProperties.priorities(),
                supportCase.getEnvironment() == null ? null : supportCase.getEnvironment().name(), supportCase.getCategory(),
                organisation == null ? null : organisation.contractTier(),
                organisation == null ? null : organisation.timeZone(), supportCase.getFirstResponseAt(),
                supportCase.getResolvedAt(), pauses(supportCase.getStatusHistory()), supportCase.getWorkOrderDate()),
                request.policySet());
    }

    /** Stretches in a pause status, and in Resolved when a reopen followed. */
    private List<SlaPreview.Pause> pauses(List<StatusChange> history) {
        Set<String> pausing = new HashSet<>(slaProperties.pauseStatuses());
        List<SlaPreview.Pause> pauses = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            StatusChange change = history.get(i);
            boolean last = i == history.size() - 1;
            boolean reopened = change.getToStatus() == CaseStatus.RESOLVED && !last
                    && history.get(i + 1).getToStatus() == CaseStatus.IN_PROGRESS;
            if (pausing.contains(change.getToStatus().name()) || reopened) {
                Instant until = last ? null : history.get(i + 1).getChangedAt();
                if (until != null && until.isAfter(change.getChangedAt())) {
                    pauses.add(new SlaPreview.Pause(change.getChangedAt(), until));
                }
            }
        }
        return pauses;
    }
}
