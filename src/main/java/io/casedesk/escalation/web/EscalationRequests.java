package io.casedesk.escalation.web;

import io.casedesk.escalation.CustomerEscalationReason;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the escalation API. */
final class EscalationRequests {

    @Schema(description = "Why the customer escalates, and anything they want to add")
    record CustomerEscalationRequest(
            @NotNull(message = "Say why you escalate: NOT_UNDERSTOOD, UNSATISFACTORY_REPLY, NOT_HANDLED_WITH_URGENCY, PROGRESS_STALLED, PRIORITY_CHANGED or NEEDS_STRUCTURE.")
            CustomerEscalationReason reason,
            @Size(max = 4000) String comment) {
    }

    record StaffEscalationRequest(@NotBlank(message = "Say why the case is escalated.") @Size(max = 4000) String reason) {
    }

    @Schema(description = "Policy D: raise severity or priority internally (system-critical, very complex, unreasonable time)")
    record PriorityRaiseRequest(@NotBlank(message = "Choose the new, more urgent priority.") String priority,
            @NotBlank(message = "Say why the priority is raised.") @Size(max = 1000) String reason) {
    }

    private EscalationRequests() {
    }
}
