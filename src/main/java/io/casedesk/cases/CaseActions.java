package io.casedesk.cases;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.cases.process.CaseLifecycle.Actions;
import io.casedesk.cases.process.CaseLifecycle.Messages;
import io.casedesk.cases.process.CaseLifecycle.Tasks;
import io.casedesk.cases.process.CaseLifecycle.Vars;
import io.casedesk.cases.process.CaseProcess;

/**
 * Everything that moves a case, for every channel (API, portal, mail). Each action checks who may
 * do it and the version the caller last saw, then hands the move to the case-lifecycle process by
 * completing its user task or delivering the message it waits for. The process step changes the
 * case in the same transaction.
 */
@Service
@Transactional
public class CaseActions {

    private final CaseService cases;
    private final CaseRegistration registration;
    private final CaseProcess process;
    private final CaseChoices choices;
    private final java.time.Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CaseActions(CaseService cases, CaseRegistration registration, CaseProcess process, CaseChoices choices,
            java.time.Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.registration = registration;
        this.process = process;
        this.choices = choices;
        this.clock = clock;
    }

    /** Stores the case and starts its lifecycle in one transaction: both happen or neither. */
    public Case open(NewCase request, Actor by) {
        Case registered = registration.register(request, by);
        registered.attachProcess(process.start(registered, by));
        return registered;
    }

    public record Triage(String priority, String priorityReason, String category, String owner, String reply) {
    }

    public Case respond(String number, CaseAccess.Staff staff, Long expectedVersion, Triage triage) {
        if (triage.priority() != null) {
            choices.require(ChoiceList.PRIORITY, "priority", triage.priority());
        }
        if (triage.category() != null) {
            choices.require(ChoiceList.CATEGORY, "category", triage.category());
        }
        Case supportCase = load(number, staff, expectedVersion);
        Map<String, Object> values = new HashMap<>();
        values.put(Vars.PRIORITY, triage.priority() == null ? supportCase.getPriority() : triage.priority());
        values.put(Vars.PRIORITY_REASON, triage.priorityReason());
        values.put(Vars.CATEGORY, triage.category() == null ? supportCase.getCategory() : triage.category());
        values.put(Vars.CASE_OWNER, triage.owner());
        values.put(Vars.FIRST_REPLY, triage.reply());
        process.completeTask(supportCase, Tasks.TRIAGE, staff.actor(), values, "be responded to");
        return supportCase;
    }

    public Case setPending(String number, CaseAccess.Staff staff, Long expectedVersion, String reason) {
        return work(number, staff, expectedVersion, Actions.PENDING, "wait for the customer",
                mapOf(Vars.REASON, reason));
    }

    public Case holdUntil(String number, CaseAccess.Staff staff, Long expectedVersion, Instant until, String reason) {
        if (until == null || !until.isAfter(clock.instant())) {
            throw new InvalidCaseValueException("until", "A case is put on hold until a date in the future.");
        }
        return work(number, staff, expectedVersion, Actions.HOLD, "be put on hold",
                mapOf(Vars.HOLD_UNTIL, Date.from(until), Vars.REASON, reason));
    }

    /** Resolves with a cause and a solution type of the policy set's lists. */
    public Case resolve(String number, CaseAccess.Staff staff, Long expectedVersion, String cause, String solution,
            String summary) {
        choices.require(ChoiceList.CAUSE, "cause", cause);
        choices.require(ChoiceList.SOLUTION_TYPE, "solutionType", solution);
        return work(number, staff, expectedVersion, Actions.RESOLVE, "be resolved", mapOf(
                Vars.RESOLUTION_CAUSE, cause, Vars.SOLUTION_TYPE, solution, Vars.RESOLUTION_SUMMARY, summary));
    }

    /**
     * Staff close a case: with one of the policy's own closing reasons while it is worked (policy C: not a
     * defect, duplicate, routed to another team), or as confirmed by the customer once resolved.
     */
    public Case close(String number, CaseAccess.Staff staff, Long expectedVersion, String reason, String note) {
        Choice chosen = choices.require(ChoiceList.CLOSING_REASON, "reason", reason);
        Case supportCase = load(number, staff, expectedVersion);
        if (supportCase.getStatus() == CaseStatus.RESOLVED && ClosingReasons.CONFIRMED_BY_CUSTOMER.equals(reason)) {
            process.correlate(supportCase, Messages.RESOLUTION_CONFIRMED, staff.actor(),
                    mapOf(Vars.CLOSING_REASON, reason, Vars.REASON, note), "be closed");
            return supportCase;
        }
        if (!chosen.staffMayChoose()) {
            throw new InvalidCaseValueException("reason", "A case being worked on is closed as one of %s; a resolved one as %s."
                    .formatted(choices.staffClosingReasons(), ClosingReasons.CONFIRMED_BY_CUSTOMER));
        }
        requireStatus(supportCase, CaseStatus.IN_PROGRESS, "be closed");
        process.completeTask(supportCase, Tasks.WORK, staff.actor(),
                mapOf(Vars.ACTION, Actions.CLOSE, Vars.CLOSING_REASON, reason, Vars.REASON, note), "be closed");
        return supportCase;
    }

    /** Ends a Pending or On Hold pause early. */
    public Case resume(String number, CaseAccess.Staff staff, Long expectedVersion, String reason) {
        Case supportCase = load(number, staff, expectedVersion);
        if (supportCase.getStatus() != CaseStatus.PENDING && supportCase.getStatus() != CaseStatus.ON_HOLD) {
            throw new IllegalCaseTransitionException(number, supportCase.getStatus(), "be resumed");
        }
        process.correlate(supportCase, Messages.CASE_RESUMED, staff.actor(), mapOf(Vars.REASON, reason), "be resumed");
        return supportCase;
    }

    /** The customer (or staff for them) says the resolution did not solve it. */
    public Case reopen(String number, CaseAccess access, Long expectedVersion, String reason) {
        Case supportCase = load(number, access, expectedVersion);
        requireStatus(supportCase, CaseStatus.RESOLVED, "be reopened");
        if (reason == null || reason.isBlank()) {
            throw new InvalidCaseValueException("reason", "Say why the case is reopened.");
        }
        process.correlate(supportCase, Messages.REOPEN_REQUESTED, access.actor(), mapOf(Vars.REASON, reason),
                "be reopened");
        return supportCase;
    }

    /** The customer confirms the resolution; the case closes. */
    public Case confirm(String number, CaseAccess.Customer customer, Long expectedVersion) {
        Case supportCase = load(number, customer, expectedVersion);
        requireStatus(supportCase, CaseStatus.RESOLVED, "be confirmed as resolved");
        process.correlate(supportCase, Messages.RESOLUTION_CONFIRMED, customer.actor(),
                mapOf(Vars.CLOSING_REASON, ClosingReasons.CONFIRMED_BY_CUSTOMER), "be confirmed as resolved");
        return supportCase;
    }

    public Case assign(String number, CaseAccess.Staff staff, Long expectedVersion, String owner) {
        if (owner == null || owner.isBlank()) {
            throw new InvalidCaseValueException("owner", "Name the staff user who owns the case.");
        }
        Case supportCase = load(number, staff, expectedVersion);
        supportCase.assignTo(owner.strip());
        process.ownerChanged(supportCase);
        return supportCase;
    }

    public Case changePriority(String number, CaseAccess.Staff staff, Long expectedVersion, String priority,
            String reason) {
        choices.require(ChoiceList.PRIORITY, "priority", priority);
        Case supportCase = load(number, staff, expectedVersion);
        String before = supportCase.getPriority();
        supportCase.changePriority(priority, staff.actor(), clock.instant(), reason);
        process.priorityChanged(supportCase);
        if (!before.equals(priority)) {
            events.publishEvent(new CasePriorityChanged(supportCase.getId(), supportCase.getProcessInstanceId(), before,
                    priority));
        }
        return supportCase;
    }

    /** Completes or corrects product, version and operating system (policy E's clock waits for them). */
    public Case updateDetails(String number, CaseAccess access, Long expectedVersion, String product,
            String productVersion, String operatingSystem) {
        Case supportCase = load(number, access, expectedVersion);
        supportCase.updateProductDetails(product, productVersion, operatingSystem);
        events.publishEvent(new CaseDetailsChanged(supportCase.getId(), supportCase.getProcessInstanceId()));
        return supportCase;
    }

    /** Publishes the date a Work Order promises delivery by; policy A's P5 resolution falls due at its end. */
    public Case publishWorkOrderDate(String number, CaseAccess.Staff staff, Long expectedVersion,
            java.time.LocalDate date) {
        if (date == null) {
            throw new InvalidCaseValueException("workOrderDate", "Give the Work Order's published date, such as 2026-12-31.");
        }
        Case supportCase = load(number, staff, expectedVersion);
        if (date.equals(supportCase.getWorkOrderDate())) {
            return supportCase;
        }
        supportCase.publishWorkOrderDate(date);
        events.publishEvent(new CaseWorkOrderDateChanged(supportCase.getId(), supportCase.getProcessInstanceId(), date));
        return supportCase;
    }

    private Case work(String number, CaseAccess.Staff staff, Long expectedVersion, String action, String attempted,
            Map<String, Object> values) {
        Case supportCase = load(number, staff, expectedVersion);
        requireStatus(supportCase, CaseStatus.IN_PROGRESS, attempted);
        values.put(Vars.ACTION, action);
        process.completeTask(supportCase, Tasks.WORK, staff.actor(), values, attempted);
        return supportCase;
    }

    private Case load(String number, CaseAccess access, Long expectedVersion) {
        Case supportCase = cases.getForChange(number, access);
        if (expectedVersion != null && expectedVersion != supportCase.getVersion()) {
            throw new CaseConflictException("Case %s has changed since you loaded it (version %d, now %d); reload it and try again."
                    .formatted(number, expectedVersion, supportCase.getVersion()));
        }
        return supportCase;
    }

    private static void requireStatus(Case supportCase, CaseStatus required, String attempted) {
        if (supportCase.getStatus() != required) {
            throw new IllegalCaseTransitionException(supportCase.getNumber(), supportCase.getStatus(), attempted);
        }
    }

    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
