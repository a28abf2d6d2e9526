package io.casedesk.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseActions;
import io.casedesk.cases.CaseConflictException;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.Cases;
import io.casedesk.cases.CasesProperties;
import io.casedesk.cases.IllegalCaseTransitionException;
import io.casedesk.cases.InvalidCaseValueException;
import io.casedesk.escalation.EscalationNotice.RecipientKind;
import io.casedesk.escalation.process.EscalationLadder;
import io.casedesk.escalation.process.LadderProcess;
import io.casedesk.platform.identity.StaffGroups;
import io.casedesk.sla.SlaClocks;

/**
 * The escalation package's public API: every trigger (SLA breach, policy A's watch rules, customer,
 * staff) goes through here. A case has at most one running ladder: a trigger on a case already
 * escalated moves that ladder one level up through the message its level task waits for, never
 * starts a second one. Refusals (closed case, no reason, a case the caller may not see) happen
 * before anything is written.
 */
@Service
@Transactional
public class EscalationService {

    private static final Logger log = LoggerFactory.getLogger(EscalationService.class);

    private final CaseService caseService;
    private final Cases cases;
    private final CaseActions caseActions;
    private final CasesProperties caseProperties;
    private final Escalations escalations;
    private final EscalationEvents events;
    private final EscalationNotices noticeRows;
    private final Notices notices;
    private final EscalationLadder ladder;
    private final SlaClocks clocks;
    private final LadderProcess ladderProcess;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EscalationService(CaseService caseService, Cases cases, CaseActions caseActions, CasesProperties caseProperties,
            Escalations escalations, EscalationEvents events, EscalationNotices noticeRows, Notices notices,
            EscalationLadder ladder, SlaClocks clocks, LadderProcess ladderProcess, ApplicationEventPublisher publisher, Clock clock) {
        this.caseService = caseService;
        this.cases = cases;
        this.caseActions = caseActions;
        this.caseProperties = caseProperties;
        this.escalations = escalations;
        this.events = events;
        this.noticeRows = noticeRows;
        this.notices = notices;
        this.ladder = ladder;
        this.clocks = clocks;
        this.ladderProcess = ladderProcess;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The customer escalates (policies B and C): the ladder starts at its first level, or moves one up. */
    public CustomerEscalationView escalateByCustomer(String number, CaseAccess.Customer customer,
            CustomerEscalationReason reason, String comment) {
        if (reason == null) {
            throw new InvalidCaseValueException("reason", "Say why you escalate: one of "
                    + Arrays.toString(CustomerEscalationReason.values()) + ".");
        }
        Case supportCase = caseService.get(number, customer);
        requireNotClosed(supportCase);
        trigger(supportCase, EscalationTrigger.CUSTOMER, customer.actor().reference(), reason.name(), comment);
        return forCustomer(supportCase);
    }

    /** A staff member escalates: the ladder starts at its first level, or moves one up. */
    public EscalationHistory escalateByStaff(String number, CaseAccess.Staff staff, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCaseValueException("reason", "Say why the case is escalated.");
        }
        Case supportCase = caseService.get(number, staff);
        requireNotClosed(supportCase);
        trigger(supportCase, EscalationTrigger.STAFF, staff.actor().reference(), null, reason.strip());
        return forStaff(supportCase);
    }

    /**
     * SLA clocks ran out (the lifecycle's "Escalate the breach" step, in its own job): the case owner
     * has missed the target, so the ladder starts where {@code escalation-levels.dmn} lets a breach
     * enter (the support manager by default), or a running one moves up. A breach on a closed or
     * unknown case is only logged.
     *
     * @param target the breached targets' names, e.g. {@code first-response} or {@code first-response, resolution}
     */
    public void slaBreached(long caseId, String target, Instant dueAt) {
        Optional<Case> found = cases.findById(caseId);
        if (found.isEmpty() || found.get().isClosed()) {
            log.info("SLA breach of {} on case {} ignored: the case is closed or unknown", target, caseId);
            return;
        }
        trigger(found.get(), EscalationTrigger.SLA_BREACH, "casedesk", target,
                "SLA target %s was due %s".formatted(target, Notices.when(dueAt)));
    }

    /** An SLA warning only tells the case owner (or the analysts if nobody owns it); no ladder moves. */
    public void slaWarning(long caseId, String target, Instant dueAt) {
        cases.findById(caseId).filter(c -> !c.isClosed()).ifPresent(supportCase -> {
            Instant now = clock.instant();
            events.save(new EscalationEvent(caseId, null, EscalationEventKind.SLA_WARNING, null, null, null, "casedesk",
                    target, "SLA target %s is due %s".formatted(target, Notices.when(dueAt)), now));
            String firstLevelGroup = ladder.level(clocks.policySetOf(caseId), 1)
                    .map(EscalationLadder.Level::candidateGroup).orElse(StaffGroups.ANALYSTS);
            notices.toStaff(caseId, EscalationEventKind.SLA_WARNING, firstLevelGroup, supportCase.getOwner(),
                    "Case %s: %s due soon".formatted(supportCase.getNumber(), target),
                    "The %s target of case %s is due %s.".formatted(target, supportCase.getNumber(), Notices.when(dueAt)),
                    now);
        });
    }

    /** Policy A's watch rule fired for a case; each rule fires at most once per case. */
    public boolean ruleFired(long caseId, EscalationTrigger rule, String detail) {
        if (!rule.isInternal() || rule == EscalationTrigger.SLA_BREACH) {
            throw new IllegalArgumentException("Not a watch rule: " + rule);
        }
        if (events.existsByCaseIdAndTrigger(caseId, rule)) {
            return false;
        }
        Optional<Case> found = cases.findById(caseId);
        if (found.isEmpty() || found.get().isClosed()) {
            return false;
        }
        trigger(found.get(), rule, "casedesk", null, detail);
        return true;
    }

    /**
     * Policy D: staff raise the severity or priority internally (system-critical, very complex, or
     * unreasonable time). The case records the change, the lifecycle process gets the new priority
     * and {@link PriorityRaised} tells the SLA engine to re-evaluate the targets.
     */
    public EscalationHistory raisePriority(String number, CaseAccess.Staff staff, Long expectedVersion, String priority,
            String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCaseValueException("reason", "Say why the priority is raised.");
        }
        List<String> priorities = caseProperties.priorities();
        if (priority == null || !priorities.contains(priority)) {
            throw new InvalidCaseValueException("priority",
                    "'%s' is not a priority; choose one of %s.".formatted(priority, priorities));
        }
        Case before = caseService.get(number, staff);
        requireNotClosed(before);
        String from = before.getPriority();
        if (priorities.indexOf(priority) >= priorities.indexOf(from)) {
            throw new InvalidCaseValueException("priority",
                    "%s is not more urgent than the current priority %s; raising means choosing a more urgent one."
                            .formatted(priority, from));
        }
        Case raised = caseActions.changePriority(number, staff, expectedVersion, priority, reason.strip());
        Instant now = clock.instant();
        events.save(new EscalationEvent(raised.getId(), escalations.findByOpenCaseId(raised.getId())
                .map(Escalation::getId).orElse(null), EscalationEventKind.PRIORITY_RAISED, null, null, null,
                staff.actor().reference(), null, "%s → %s: %s".formatted(from, priority, reason.strip()), now));
        notices.toCustomer(raised.getId(), EscalationEventKind.PRIORITY_RAISED, raised.getRequester().email(),
                "Your case %s: priority raised".formatted(number),
                "We have raised the priority of your case %s from %s to %s.".formatted(number, from, priority), now);
        publisher.publishEvent(new PriorityRaised(raised.getId(), number, from, priority, staff.actor().reference(),
                reason.strip(), now));
        return forStaff(raised);
    }

    /**
     * Ends the running ladder of a case that has been closed; returns whether it ended one. Does
     * nothing for a case that is not closed.
     */
    public boolean caseClosed(long caseId) {
        Optional<Escalation> running = escalations.findByOpenCaseId(caseId);
        if (running.isEmpty() || !cases.findById(caseId).map(Case::isClosed).orElse(true)) {
            return false;
        }
        Escalation escalation = running.get();
        Instant now = clock.instant();
        escalation.end(EscalationStatus.WITHDRAWN, now);
        events.save(new EscalationEvent(caseId, escalation.getId(), EscalationEventKind.WITHDRAWN, null,
                escalation.getLevel(), escalation.getLevelTitle(), "casedesk", null, "The case was closed", now));
        ladderProcess.withdraw(escalation.getProcessInstanceId());
        return true;
    }

    /** The ids of cases with a running ladder, for the watch to sweep. */
    @Transactional(readOnly = true)
    public List<Long> escalatedCaseIds() {
        return escalations.findByStatus(EscalationStatus.ACTIVE).stream().map(Escalation::getCaseId).toList();
    }

    @Transactional(readOnly = true)
    public EscalationHistory history(String number, CaseAccess.Staff staff) {
        return forStaff(caseService.get(number, staff));
    }

    @Transactional(readOnly = true)
    public CustomerEscalationView history(String number, CaseAccess.Customer customer) {
        return forCustomer(caseService.get(number, customer));
    }

    /** Is a ladder running for this case? */
    @Transactional(readOnly = true)
    public boolean isEscalated(long caseId) {
        return escalations.findByOpenCaseId(caseId).isPresent();
    }

    private void trigger(Case supportCase, EscalationTrigger trigger, String actor, String reason, String detail) {
        Instant now = clock.instant();
        Optional<Escalation> running = escalations.findByOpenCaseId(supportCase.getId());
        if (running.isPresent()) {
            raise(supportCase, running.get(), trigger, actor, reason, detail, now);
        } else {
            start(supportCase, trigger, actor, reason, detail, now);
        }
    }

    /**
     * Records the ladder (the unique index keeps a second one out) and starts the escalation process;
     * where it enters and who handles each level the process reads from escalation-levels.dmn.
     */
    private void start(Case supportCase, EscalationTrigger trigger, String actor, String reason, String detail,
            Instant now) {
        String policySet = clocks.policySetOf(supportCase.getId());
        Escalation escalation;
        try {
            escalation = escalations.saveAndFlush(new Escalation(supportCase.getId(), supportCase.getNumber(),
                    supportCase.getRequester().email(), policySet, actor, trigger, now, 0));
        } catch (DataIntegrityViolationException concurrentStart) {
            throw new CaseConflictException("Case %s was escalated at the same moment; reload it and try again."
                    .formatted(supportCase.getNumber()));
        }
        events.save(new EscalationEvent(supportCase.getId(), escalation.getId(), EscalationEventKind.STARTED, trigger,
                null, null, actor, reason, detail, now));
        escalation.attachProcess(ladderProcess.start(new LadderProcess.Start(supportCase.getId(),
                supportCase.getNumber(), supportCase.getOwner(), escalation.getId(), policySet, trigger.name())));
    }

    private void raise(Case supportCase, Escalation escalation, EscalationTrigger trigger, String actor, String reason,
            String detail, Instant now) {
        events.save(new EscalationEvent(supportCase.getId(), escalation.getId(), EscalationEventKind.RAISED, trigger,
                escalation.getLevel(), escalation.getLevelTitle(), actor, reason, detail, now));
        if (!ladderProcess.raise(escalation.getProcessInstanceId(), supportCase.getOwner())) {
            throw new CaseConflictException("Case %s's escalation is changing right now; reload it and try again."
                    .formatted(supportCase.getNumber()));
        }
    }

    private static void requireNotClosed(Case supportCase) {
        if (supportCase.getStatus() == CaseStatus.CLOSED) {
            throw new IllegalCaseTransitionException(supportCase.getNumber(), supportCase.getStatus(), "be escalated");
        }
    }

    private EscalationHistory forStaff(Case supportCase) {
        long caseId = supportCase.getId();
        EscalationHistory.Current current = escalations.findByOpenCaseId(caseId)
                .map(e -> new EscalationHistory.Current(e.getLevel(), ladder.levelCount(e.getPolicySet()), e.getLevelTitle(),
                        e.getLevelGroup(), e.getLevelAssignee(), e.getLevelSince(), e.getLevelResponseDue(),
                        e.getStartedBy(), e.getStartedTrigger().name(), e.getStartedAt()))
                .orElse(null);
        var lines = events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId).stream()
                .map(e -> new EscalationHistory.Line(e.getOccurredAt(), e.getKind().name(),
                        e.getTrigger() == null ? null : e.getTrigger().name(), e.getLevel(), e.getLevelTitle(),
                        e.getActor(), e.getReason(), e.getDetail()))
                .toList();
        var sent = noticeRows.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream()
                .map(n -> new EscalationHistory.Notice(n.getCreatedAt(), n.getEventKind(), n.getRecipientKind().name(),
                        n.getRecipient(), n.getSubject(), n.getBody(), n.getDeliveredAt()))
                .toList();
        return new EscalationHistory(supportCase.getNumber(), current != null, current, lines, sent);
    }

    private CustomerEscalationView forCustomer(Case supportCase) {
        long caseId = supportCase.getId();
        Optional<Escalation> running = escalations.findByOpenCaseId(caseId);
        List<Escalation> all = escalations.findByCaseIdOrderByStartedAtAscIdAsc(caseId);
        String summary;
        if (running.isPresent()) {
            Escalation e = running.get();
            summary = "Your case is being handled by our %s since %s.".formatted(e.getLevelTitle(),
                    Notices.when(e.getLevelSince()));
        } else if (!all.isEmpty()) {
            Escalation last = all.get(all.size() - 1);
            String ending = switch (last.getStatus()) {
                case RESOLVED -> "our %s resolved the matter".formatted(last.getLevelTitle());
                case WITHDRAWN -> "the escalation ended when the case was closed";
                default -> "our %s handed it back to our support team".formatted(last.getLevelTitle());
            };
            summary = "Your case was escalated on %s; %s on %s.".formatted(Notices.when(last.getStartedAt()), ending,
                    Notices.when(last.getEndedAt()));
        } else {
            summary = "Your case has not been escalated.";
        }
        List<CustomerEscalationView.Line> lines = new ArrayList<>();
        for (EscalationEvent e : events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId)) {
            String text = customerWords(e);
            if (text != null) {
                lines.add(new CustomerEscalationView.Line(e.getOccurredAt(), text));
            }
        }
        var messages = noticeRows.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream()
                .filter(n -> n.getRecipientKind() == RecipientKind.CUSTOMER)
                .map(n -> new CustomerEscalationView.Message(n.getCreatedAt(), n.getSubject(), n.getBody()))
                .toList();
        return new CustomerEscalationView(supportCase.getNumber(), running.isPresent(), summary, lines, messages);
    }

    private static String customerWords(EscalationEvent e) {
        return switch (e.getKind()) {
            case STARTED, RAISED -> {
                String again = e.getKind() == EscalationEventKind.STARTED ? "" : " again";
                if (e.getTrigger() == EscalationTrigger.CUSTOMER) {
                    yield "You escalated the case%s because %s.".formatted(again, reasonWords(e.getReason()));
                }
                yield "We escalated the case%s to make sure it gets the attention it needs.".formatted(again);
            }
            case LEVEL_ENTERED -> "Our %s took over the case.".formatted(e.getLevelTitle());
            case DE_ESCALATED -> "Our %s handed the case back to our support team with a plan of action."
                    .formatted(e.getLevelTitle());
            case RESOLVED -> "Our %s resolved the matter you escalated.".formatted(e.getLevelTitle());
            case WITHDRAWN -> "The escalation ended because the case was closed.";
            case PRIORITY_RAISED -> "We raised the priority of the case.";
            default -> null;
        };
    }

    private static String reasonWords(String reason) {
        try {
            return CustomerEscalationReason.valueOf(reason).words();
        } catch (RuntimeException e) {
            return "you asked for it";
        }
    }
}
