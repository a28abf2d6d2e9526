package io.casedesk.cases.web;

import java.time.OffsetDateTime;

import io.casedesk.cases.BusinessImpact;
import io.casedesk.cases.Case;
import io.casedesk.cases.CaseDraft;
import io.casedesk.cases.Channel;
import io.casedesk.cases.Environment;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the case API, validated before anything is stored. */
final class CaseRequests {

    record Impact(@Size(max = 500) String processes, @Min(0) Integer userCount, @Size(max = 500) String roles,
            @Size(max = 500) String regions) {

        BusinessImpact toBusinessImpact() {
            return new BusinessImpact(processes, userCount, roles, regions);
        }
    }

    @Schema(description = "A new case as the customer reports it")
    record NewCaseRequest(
            @NotBlank(message = "Give the case a short subject.") @Size(max = 300) String subject,
            @NotBlank(message = "Describe the problem: what happens, since when, how to reproduce it.") @Size(max = 100_000) String description,
            @NotBlank(message = "Choose a category.") String category,
            @NotBlank(message = "Choose a priority.") String priority,
            @NotNull(message = "Say whether this is Production, Test or Other.") Environment environment,
            @Size(max = 120) String product,
            @Size(max = 60) String productVersion,
            @Size(max = 120) String operatingSystem,
            @Valid Impact businessImpact,
            @Schema(description = "Partners only: the customer organisation the case is for") Long organisationId) {

        CaseDraft toDraft(Channel channel) {
            return new CaseDraft(subject.strip(), description, category, priority, environment, product, productVersion,
                    operatingSystem, businessImpact == null ? BusinessImpact.NONE : businessImpact.toBusinessImpact(),
                    channel);
        }
    }

    @Schema(description = "A case staff log for a customer, e.g. from a phone call or chat")
    record StaffNewCaseRequest(
            @NotBlank(message = "Give the requester's e-mail address.") @Email String requesterEmail,
            @NotNull(message = "Say how the case arrived.") Channel channel,
            @Schema(description = "When it arrived, with an offset or a zone id (2026-12-04T16:00:00-06:00, …Z, "
                    + "2026-12-04T16:00:00[America/Chicago]); defaults to now; never in the future", type = "string",
                    example = "2026-12-04T16:00:00[America/Chicago]") OffsetDateTime receivedAt,
            @NotNull @Valid NewCaseRequest details) {
    }

    @Schema(description = "Product details; a field left out keeps its value")
    record DetailsRequest(@Size(max = 120) String product, @Size(max = 60) String productVersion,
            @Size(max = 120) String operatingSystem) {
    }

    record MessageRequest(@NotBlank(message = "The message is empty.") @Size(max = 100_000) String body) {
    }

    record RespondRequest(@Size(max = 20) String priority, @Size(max = 1000) String priorityReason,
            @Size(max = 60) String category, @Size(max = Case.MAX_OWNER_LENGTH) String owner,
            @NotBlank(message = "The first response needs a reply to the customer.") @Size(max = 100_000) String reply) {
    }

    record ReasonRequest(@Size(max = 1000) String reason) {
    }

    record RequiredReasonRequest(@NotBlank(message = "Give a reason.") @Size(max = 1000) String reason) {
    }

    record HoldRequest(@NotNull(message = "Say until when, with offset, e.g. 2026-12-01T09:00:00-05:00.") OffsetDateTime until,
            @Size(max = 1000) String reason) {
    }

    /** Cause and solution type are values of the policy set's lists (the OpenAPI description shows them). */
    record ResolveRequest(@NotBlank(message = "Choose the cause.") @Size(max = 40) String cause,
            @NotBlank(message = "Choose the solution type.") @Size(max = 40) String solutionType,
            @NotBlank(message = "Describe the solution given to the customer.") @Size(max = 2000) String summary) {
    }

    record CloseRequest(@NotBlank(message = "Choose a closing reason.") @Size(max = 40) String reason,
            @Size(max = 1000) String note) {
    }

    record AssignRequest(@NotBlank(message = "Name the staff user who owns the case.")
            @Size(max = Case.MAX_OWNER_LENGTH) String owner) {
    }

    record WorkOrderDateRequest(
            @Schema(example = "2026-12-31", description = "The date the Work Order promises delivery by")
            @NotNull(message = "Give the Work Order's published date, such as 2026-12-31.") java.time.LocalDate workOrderDate) {
    }

    record PriorityRequest(@NotBlank(message = "Choose a priority.") @Size(max = 20) String priority,
            @NotBlank(message = "A priority change needs a reason.") @Size(max = 1000) String reason) {
    }

    private CaseRequests() {
    }
}
