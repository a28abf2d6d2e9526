package io.casedesk.cases;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.customers.CustomerDirectory;

/**
 * The work behind each service task of the case-lifecycle process. Only the delegates in
 * {@code cases.process} call this: status moves happen nowhere else. Each method runs in the
 * engine's transaction, so the case row and the process state commit or roll back together.
 */
@Service
@Transactional
public class LifecycleSteps {

    private final Cases cases;
    private final CaseMessages messages;
    private final CaseRegistration registration;
    private final CustomerDirectory customers;
    private final ReminderSchedule reminders;
    private final CasesProperties properties;
    private final CaseChoices choices;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    LifecycleSteps(Cases cases, CaseMessages messages, CaseRegistration registration, CustomerDirectory customers,
            ReminderSchedule reminders, CasesProperties properties, CaseChoices choices, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.choices = choices;
        this.events = events;
        this.cases = cases;
        this.messages = messages;
        this.registration = registration;
        this.customers = customers;
        this.reminders = reminders;
        this.properties = properties;
        this.clock = clock;
    }

    public record Registered(long caseId, String number) {
    }

    /** A case an agent logged from a phone call in Tasklist. */
    public Registered registerPhoneCall(String requesterEmail, CaseDraft draft, Instant callReceivedAt, Actor agent,
            String processInstanceId) {
        var requester = customers.contactByEmail(requesterEmail)
                .orElseThrow(() -> new NotEntitledException(
                        "No active contact has the e-mail address " + requesterEmail + "."));
        Case registered = registration.register(new NewCase(draft, requester, null, callReceivedAt), agent);
        registered.attachProcess(processInstanceId);
        return new Registered(registered.getId(), registered.getNumber());
    }

    /** Triage done: priority and category confirmed, owner set, first public reply sent. Returns the owner. */
    public String respond(long caseId, Actor by, String priority, String priorityReason, String category,
            String owner, String firstReply) {
        Case supportCase = load(caseId);
        Instant now = clock.instant();
        // Category first: a priority change re-evaluates the SLA targets, which may depend on it.
        boolean recategorised = category != null && !category.isBlank() && !category.equals(supportCase.getCategory());
        if (recategorised) {
            choices.require(ChoiceList.CATEGORY, "category", category);
            supportCase.changeCategory(category);
        }
        boolean reprioritised = priority != null && !priority.equals(supportCase.getPriority());
        if (reprioritised) {
            choices.require(ChoiceList.PRIORITY, "priority", priority);
            String before = supportCase.getPriority();
            supportCase.changePriority(priority, by,
                    now, priorityReason == null || priorityReason.isBlank() ? "Set at triage" : priorityReason);
            events.publishEvent(new CasePriorityChanged(caseId, supportCase.getProcessInstanceId(), before, priority));
        } else if (recategorised) {
            events.publishEvent(new CaseCategoryChanged(caseId, supportCase.getProcessInstanceId(), category));
        }
        String newOwner = owner == null || owner.isBlank() ? by.id() : owner.strip();
        supportCase.assignTo(newOwner);
        if (firstReply == null || firstReply.isBlank()) {
            throw new InvalidCaseValueException("firstReply", "The first response needs a reply to the customer.");
        }
        CaseMessage reply = messages.save(new CaseMessage(caseId, MessageVisibility.PUBLIC, by, Channel.TASKLIST,
                firstReply, now));
        CaseStatus before = supportCase.getStatus();
        supportCase.respond(by, now);
        moved(supportCase, before, "First response");
        events.publishEvent(new CaseReplyPosted(caseId, supportCase.getNumber(), reply.getId()));
        return newOwner;
    }

    /** Returns when the first reminder is due. */
    public Instant markPending(long caseId, Actor by, String reason) {
        Case supportCase = load(caseId);
        Instant now = clock.instant();
        CaseStatus before = supportCase.getStatus();
        supportCase.markPending(by, now, blankToDefault(reason, "Waiting for the customer"));
        moved(supportCase, before, blank(reason) ? null : reason);
        return reminders.nextReminder(supportCase, now);
    }

    public void putOnHold(long caseId, Actor by, Instant until, String reason) {
        Case supportCase = load(caseId);
        CaseStatus before = supportCase.getStatus();
        supportCase.putOnHold(by, clock.instant(), until, blankToDefault(reason, "Agreed pause"));
        moved(supportCase, before, blank(reason) ? null : reason);
    }

    public void resume(long caseId, Actor by, String reason) {
        Case supportCase = load(caseId);
        CaseStatus before = supportCase.getStatus();
        supportCase.resume(by, clock.instant(), blankToDefault(reason, "Work resumed"));
        moved(supportCase, before, blank(reason) ? null : reason);
    }

    /** Returns when the first reminder to confirm is due. */
    public Instant resolve(long caseId, Actor by, String cause, String solution, String summary) {
        if (cause == null || cause.isBlank() || solution == null || solution.isBlank()) {
            throw new InvalidCaseValueException(cause == null || cause.isBlank() ? "resolutionCause" : "solutionType",
                    "Resolving a case needs the cause and the solution type.");
        }
        choices.require(ChoiceList.CAUSE, "resolutionCause", cause);
        choices.require(ChoiceList.SOLUTION_TYPE, "solutionType", solution);
        Case supportCase = load(caseId);
        Instant now = clock.instant();
        CaseStatus before = supportCase.getStatus();
        supportCase.resolve(by, now, cause, solution, summary);
        moved(supportCase, before, summary);
        if (summary != null && !summary.isBlank()) {
            messages.save(new CaseMessage(caseId, MessageVisibility.PUBLIC, by, Channel.TASKLIST, summary, now));
        }
        return reminders.nextReminder(supportCase, now);
    }

    public void reopen(long caseId, Actor by, String reason) {
        Case supportCase = load(caseId);
        CaseStatus before = supportCase.getStatus();
        supportCase.reopen(by, clock.instant(), blankToDefault(reason, "Reopened"));
        moved(supportCase, before, blank(reason) ? null : reason);
    }

    /** Closes with a closing reason of the policy set; without a note the history says the reason's label. */
    public void close(long caseId, Actor by, String reason, String note, boolean chosenByStaff) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCaseValueException("closingReason", "Closing a case needs a closing reason; choose one of %s."
                    .formatted(choices.values(ChoiceList.CLOSING_REASON)));
        }
        Choice chosen = choices.require(ChoiceList.CLOSING_REASON, "closingReason", reason);
        if (chosenByStaff && !chosen.staffMayChoose()) {
            throw new InvalidCaseValueException("closingReason", "'%s' is set by the process; staff close a case as one of %s."
                    .formatted(reason, choices.staffClosingReasons()));
        }
        Case supportCase = load(caseId);
        CaseStatus before = supportCase.getStatus();
        supportCase.close(by, clock.instant(), reason, note == null || note.isBlank() ? chosen.label() : note);
        moved(supportCase, before, note == null || note.isBlank() ? chosen.label() : note);
        events.publishEvent(new CaseClosed(caseId, reason));
    }

    public record ReminderOutcome(boolean exhausted, Instant nextDue) {
    }

    /**
     * The reminder timer fired: sends the customer the next reminder, or, when the last one went out
     * a whole reminder interval ago and is still unanswered, says the case is due to close. So the
     * customer always has one more interval to answer after the last reminder (policy D's "multiple
     * contact attempts"); {@link CaseReminderSent#last()} tells the mail that it is the last.
     */
    public ReminderOutcome sendReminder(long caseId) {
        Case supportCase = load(caseId);
        Instant now = clock.instant();
        if (supportCase.getRemindersSent() >= properties.maxReminders()) {
            return new ReminderOutcome(true, null);
        }
        supportCase.countReminder();
        boolean last = supportCase.getRemindersSent() >= properties.maxReminders();
        String text = supportCase.getStatus() == CaseStatus.RESOLVED
                ? "Reminder: we believe case %s is resolved. Please confirm, or tell us if it is not."
                : "Reminder: case %s is waiting for your reply.";
        messages.save(new CaseMessage(caseId, MessageVisibility.PUBLIC, Actor.SYSTEM, Channel.EMAIL,
                text.formatted(supportCase.getNumber()), now));
        events.publishEvent(new CaseReminderSent(caseId, supportCase.getNumber(), supportCase.getStatus(),
                supportCase.getRemindersSent(), last));
        return new ReminderOutcome(false, reminders.nextReminder(supportCase, now));
    }

    /**
     * A lifecycle instance starting for an existing case ("Case received") takes the case, which must
     * have no lifecycle yet; a case never gets a second one. False when the case is unknown or taken.
     */
    public boolean bindLifecycle(long caseId, String processInstanceId) {
        return cases.findById(caseId).filter(found -> found.getProcessInstanceId() == null
                || found.getProcessInstanceId().equals(processInstanceId)).map(found -> {
                    found.attachProcess(processInstanceId);
                    return true;
                }).orElse(false);
    }

    /**
     * Who wrote a stored customer reply that still has to move its case on: empty once the case is
     * no longer Pending (staff resumed or closed it meanwhile), so a late delivery changes nothing.
     */
    public java.util.Optional<Actor> replyAwaitingDelivery(long caseId, long messageId) {
        Case supportCase = load(caseId);
        CaseMessage reply = messages.findById(messageId).filter(m -> m.getCaseId() == caseId)
                .orElseThrow(() -> new CaseNotFoundException(supportCase.getNumber() + " reply " + messageId));
        if (supportCase.getStatus() != CaseStatus.PENDING) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Actor(reply.getAuthorKind(), reply.getAuthorId(), reply.getAuthorName()));
    }

    /** The case, if there is one with that id. */
    @Transactional(readOnly = true)
    public java.util.Optional<Case> find(long caseId) {
        return cases.findById(caseId);
    }

    /** The case a lifecycle step works on (the SLA rules read it through here). */
    public Case get(long caseId) {
        return load(caseId);
    }

    /** What a staff form shows of the case (Tasklist forms: the case in front of the agent). */
    @Transactional(readOnly = true)
    public CaseTaskSummary summary(long caseId) {
        Case supportCase = load(caseId);
        Requester requester = supportCase.getRequester();
        String customer = requester == null ? "" : join(" ", requester.name(),
                requester.email() == null ? null : "<" + requester.email() + ">");
        String organisation = supportCase.getOrganisationId() == null ? ""
                : customers.organisation(supportCase.getOrganisationId())
                        .map(o -> o.name() + (o.contractTier() == null ? "" : " (tier: " + o.contractTier() + ")"))
                        .orElse("");
        String product = join(" ", supportCase.getProduct(), supportCase.getProductVersion(),
                supportCase.getOperatingSystem() == null || supportCase.getOperatingSystem().isBlank() ? null
                        : "on " + supportCase.getOperatingSystem());
        String lastCustomerMessage = messages.findByCaseIdAndVisibilityOrderByCreatedAtAscIdAsc(caseId,
                MessageVisibility.PUBLIC).stream().filter(m -> m.getAuthorKind() == AuthorKind.CUSTOMER)
                .reduce((first, second) -> second).map(CaseMessage::getBody).orElse("");
        return new CaseTaskSummary(caseId, supportCase.getNumber(), nullToEmpty(supportCase.getSubject()),
                supportCase.getPriority(), customer, organisation,
                supportCase.getEnvironment() == null ? "" : supportCase.getEnvironment().name(), product,
                nullToEmpty(supportCase.getDescription()), lastCustomerMessage);
    }

    private static String join(String separator, String... parts) {
        return String.join(separator, java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .map(String::strip).toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The policy's priority table gave the case another priority than the one requested; recorded with its reason. */
    public void applyPolicyPriority(long caseId, String priority, String reason) {
        Case supportCase = load(caseId);
        if (choices.find(ChoiceList.PRIORITY, priority).isEmpty()) {
            throw new InvalidCaseValueException("priority", "The priority table gave '%s', which is not one of %s."
                    .formatted(priority, choices.values(ChoiceList.PRIORITY)));
        }
        supportCase.changePriority(priority, Actor.SYSTEM, clock.instant(), reason);
    }

    private Case load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException("#" + caseId));
    }

    private void moved(Case supportCase, CaseStatus before, String reason) {
        events.publishEvent(new CaseStatusChanged(supportCase.getId(), supportCase.getNumber(), before,
                supportCase.getStatus(), reason));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToDefault(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
