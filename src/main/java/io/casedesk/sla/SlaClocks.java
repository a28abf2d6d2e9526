package io.casedesk.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.sla.calendar.BusinessCalendar;

/**
 * The SLA clocks of every case: started when a case is received, paused and resumed with its
 * status, met by the first response and the resolution, warned and breached by the lifecycle's
 * "Next SLA deadline" timer. Each move records its events and publishes {@link SlaWarned},
 * {@link SlaBreached} and {@link SlaUpdateDue} in the caller's transaction.
 */
@Service("slaClocks")
@Transactional
public class SlaClocks {

    /** A case in these statuses has had its solution: a target new to it does not start. */
    private static final java.util.Set<String> DONE_STATUSES = java.util.Set.of("RESOLVED", "CLOSED");

    private final ClockStore store;
    private final SlaRules rules;
    private final PolicySets policySets;
    private final SlaCaseSource cases;
    private final SlaProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SlaClocks(ClockStore store, SlaRules rules, PolicySets policySets, SlaCaseSource cases,
            SlaProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.policySets = policySets;
        this.cases = cases;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** What starting the clocks decided: the priority the case runs with, and its first deadline (null for none). */
    public record Started(String policySet, String priority, Instant nextDeadline, Map<String, Instant> dueByTarget) {
    }

    /** Evaluates the active policy set's targets for the case's priority and starts a clock for each. */
    public Started start(long caseId) {
        if (!store.clocksOf(caseId).isEmpty()) {
            return new Started(store.clocksOf(caseId).get(0).getPolicySet(), cases.get(caseId).priority(), nextDeadline(caseId), dueByTarget(caseId));
        }
        // The lifecycle's "Determine priority" step has already given the case the policy's priority.
        SlaCase supportCase = cases.get(caseId);
        PolicySet set = policySets.active();
        var targets = rules.targets(question(set, policySets.calendar(set.mainCalendar().name()), supportCase,
                supportCase.priority()));
        List<String> missing = cases.missing(caseId, policySets.requiredInformation(set.id()));
        for (SlaTarget target : targets.targets().stream().map(supportCase::applied).filter(Objects::nonNull).toList()) {
            BusinessCalendar calendar = policySets.calendar(target.calendarName());
            SlaClock started = SlaClock.start(caseId, set.id(), targets.decisionDefinitionId(), target, calendar,
                    supportCase.receivedAt());
            if (!missing.isEmpty()) {
                // The policy's clock starts only once the request is complete: it waits from receipt.
                started.pause(calendar, supportCase.receivedAt(), "waiting for required information: " + missing);
            }
            // A case logged after the fact may already be past some deadlines.
            started.catchUp(calendar, clock.instant());
            save(started);
        }
        return new Started(set.id(), supportCase.priority(), nextDeadline(caseId), dueByTarget(caseId));
    }

    static SlaRules.Question question(PolicySet set, BusinessCalendar mainCalendar, SlaCase supportCase, String priority) {
        ZoneId zone = supportCase.timeZone() == null ? null : ZoneId.of(supportCase.timeZone());
        return new SlaRules.Question(set.id(), priority, set.tierOrDefault(supportCase.contractTier()),
                supportCase.environment(), set.regionFor(zone),
                mainCalendar.isWorkingTime(supportCase.receivedAt()), supportCase.category());
    }

    /** The first public response: response and acknowledgement targets are met. */
    public void firstResponse(long caseId) {
        Instant now = clock.instant();
        forEach(caseId, (c, calendar) -> {
            if (SlaTarget.FIRST_RESPONSE.equals(c.getTarget()) || SlaTarget.ACKNOWLEDGEMENT.equals(c.getTarget())) {
                c.meet(calendar, now);
            }
        });
    }

    /** Resolved: the resolution target is met and the update interval stops. */
    public void resolved(long caseId) {
        Instant now = clock.instant();
        forEach(caseId, (c, calendar) -> {
            if (!isResponseTarget(c)) {
                c.meet(calendar, now);
            }
        });
    }

    /**
     * Reopened: the resolution clock (and update interval) carry on with the business time they
     * had left when the case was resolved; a breached one stays breached. Time spent resolved does
     * not count: the customer had a solution to try.
     */
    public void reopened(long caseId) {
        Instant now = clock.instant();
        forEach(caseId, (c, calendar) -> {
            if (!isResponseTarget(c)) {
                c.revive(calendar, now, "case reopened");
            }
        });
    }

    /** The case moved to a status: running clocks pause in a pause status and resume when it leaves one. */
    public void statusChanged(long caseId, String status) {
        Instant now = clock.instant();
        boolean pause = properties.pauseStatuses().contains(status);
        if (!pause && waitsForInformation(caseId)) {
            return;
        }
        forEach(caseId, (c, calendar) -> {
            if (pause) {
                c.pause(calendar, now, "case " + status);
            } else {
                c.resume(calendar, now, "case " + status);
            }
        });
    }

    /** The case's priority changed: see {@link #reevaluate}. */
    public void priorityChanged(long caseId) {
        reevaluate(caseId, "priority " + cases.get(caseId).priority());
    }

    /** The case's category changed (a rule may apply to one category, such as policy B's critical bugs). */
    public void categoryChanged(long caseId) {
        reevaluate(caseId, "category " + cases.get(caseId).category());
    }

    /** The case's Work Order date was published or moved: a target counted to it is aimed there. */
    public void workOrderDateChanged(long caseId) {
        reevaluate(caseId, "Work Order date " + cases.get(caseId).workOrderDate());
    }

    /**
     * The case's targets are evaluated again with the table it started under (the one now deployed
     * for that policy set). Running and paused clocks are re-aimed as if the case had arrived as it
     * is now, keeping their pauses; a target new to it (such as P1 bulletins) starts now; one that
     * no longer applies is retired. Met and breached clocks keep their outcome.
     */
    private void reevaluate(long caseId, String why) {
        List<SlaClock> existing = store.clocksOf(caseId);
        if (existing.isEmpty()) {
            return;
        }
        SlaCase supportCase = cases.get(caseId);
        PolicySet set = policySets.get(existing.get(0).getPolicySet());
        var targets = rules.targets(question(set, policySets.calendar(set.mainCalendar().name()), supportCase,
                supportCase.priority()));
        Map<String, SlaTarget> byName = new LinkedHashMap<>();
        targets.targets().stream().map(supportCase::applied).filter(Objects::nonNull).forEach(t -> byName.put(t.name(), t));
        Instant now = clock.instant();
        List<SlaEvent> history = store.eventsOf(caseId);
        for (SlaClock c : existing) {
            SlaTarget replacement = byName.remove(c.getTarget());
            if (replacement == null) {
                c.retire(now, "no " + c.getTarget() + " target at " + why);
            } else if (!c.aimsAt(replacement, targets.decisionDefinitionId())) {
                BusinessCalendar calendar = policySets.calendar(replacement.calendarName());
                c.retarget(calendar, replacement, targets.decisionDefinitionId(), supportCase.receivedAt(),
                        pausesOf(history, c.getTarget()), now, why);
                c.catchUp(calendar, now);
            }
            save(c);
        }
        String status = cases.status(caseId);
        if (DONE_STATUSES.contains(status)) {
            return;
        }
        boolean paused = properties.pauseStatuses().contains(status);
        boolean waiting = waitsForInformation(caseId);
        for (SlaTarget added : byName.values()) {
            BusinessCalendar calendar = policySets.calendar(added.calendarName());
            SlaClock started = SlaClock.start(caseId, set.id(), targets.decisionDefinitionId(), added, calendar, now);
            if (paused || waiting) {
                // Its siblings are paused too: it counts from when they resume.
                started.pause(calendar, now, waiting ? "waiting for required information" : "case " + status);
            }
            // A Work Order date may already be past when it is published.
            started.catchUp(calendar, now);
            save(started);
        }
    }

    /** When a target's clock did not count: from each pause (or being met) to the next resume. */
    static List<SlaClock.Interval> pausesOf(List<SlaEvent> history, String target) {
        List<SlaClock.Interval> pauses = new java.util.ArrayList<>();
        Instant from = null;
        for (SlaEvent event : history.stream().filter(e -> e.getTarget().equals(target))
                .sorted(Comparator.comparing(SlaEvent::getAt)).toList()) {
            if ((event.getKind() == SlaEventKind.PAUSED || event.getKind() == SlaEventKind.MET) && from == null) {
                from = event.getAt();
            } else if (event.getKind() == SlaEventKind.RESUMED && from != null) {
                pauses.add(new SlaClock.Interval(from, event.getAt()));
                from = null;
            }
        }
        if (from != null) {
            pauses.add(new SlaClock.Interval(from, null));
        }
        return pauses;
    }

    /**
     * The case's details changed: if they now carry everything the policy requires, clocks that
     * were waiting start counting — unless the case is in a pause status, when its next move will.
     */
    public void detailsChanged(long caseId) {
        if (waitsForInformation(caseId) || properties.pauseStatuses().contains(cases.status(caseId))) {
            return;
        }
        Instant now = clock.instant();
        forEach(caseId, (c, calendar) -> c.resume(calendar, now, "required information complete"));
    }

    private boolean waitsForInformation(long caseId) {
        List<SlaClock> existing = store.clocksOf(caseId);
        return !existing.isEmpty()
                && !cases.missing(caseId, policySets.requiredInformation(existing.get(0).getPolicySet())).isEmpty();
    }

    /** The deadline timer fired: records warnings, breaches and update rounds that have come due. */
    public void catchUp(long caseId) {
        Instant now = clock.instant();
        forEach(caseId, (c, calendar) -> c.catchUp(calendar, now));
    }

    /** The earliest warning or due time among running clocks, or null when none runs. */
    @Transactional(readOnly = true)
    public Instant nextDeadline(long caseId) {
        return store.clocksOf(caseId).stream().map(SlaClock::nextDeadline).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * Everything the lifecycle publishes about a case's clocks, from one read of them: the next
     * deadline and its kind ({@code <target>-warning} or {@code <target>-due}, e.g.
     * {@code first-response-due}; null when no clock runs), whether a clock may run again, the due
     * time by target, and whether a breach or a warning waits to be handed over.
     */
    public record Deadlines(Instant next, String nextKind, boolean mayRunAgain, Map<String, Instant> dueByTarget,
            boolean breachToHandOver, boolean warningToHandOver) {
    }

    @Transactional(readOnly = true)
    public Deadlines deadlines(long caseId) {
        List<SlaClock> all = store.clocksOf(caseId);
        SlaClock next = all.stream().filter(c -> c.nextDeadline() != null)
                .min(Comparator.comparing(SlaClock::nextDeadline)).orElse(null);
        return new Deadlines(next == null ? null : next.nextDeadline(),
                next == null ? null : next.getTarget() + (next.nextIsWarning() ? "-warning" : "-due"),
                mayRunAgain(all), dueByTarget(all), all.stream().anyMatch(SlaClock::awaitsBreachHandOver),
                all.stream().anyMatch(SlaClock::awaitsWarningHandOver));
    }

    /** Breaches (warnings) recorded and not yet handed to the escalation ladder (the case owner). */
    public record HandOver(String targets, Instant dueAt) {
    }

    @Transactional(readOnly = true)
    public boolean hasBreachToHandOver(long caseId) {
        return store.clocksOf(caseId).stream().anyMatch(SlaClock::awaitsBreachHandOver);
    }

    /** Marks the breaches waiting for the ladder as handed over and returns them (empty: none waited). */
    public java.util.Optional<HandOver> takeBreaches(long caseId) {
        return take(caseId, SlaClock::awaitsBreachHandOver, SlaClock::breachHandedOver, SlaClock::getDueAt);
    }

    /** Marks the warnings waiting for the case owner as handed over and returns them (empty: none waited). */
    public java.util.Optional<HandOver> takeWarnings(long caseId) {
        return take(caseId, SlaClock::awaitsWarningHandOver, SlaClock::warningHandedOver, SlaClock::getDueAt);
    }

    private java.util.Optional<HandOver> take(long caseId, java.util.function.Predicate<SlaClock> waiting,
            java.util.function.Consumer<SlaClock> mark, java.util.function.Function<SlaClock, Instant> due) {
        List<SlaClock> taken = store.clocksOf(caseId).stream().filter(waiting).toList();
        if (taken.isEmpty()) {
            return java.util.Optional.empty();
        }
        taken.forEach(c -> {
            mark.accept(c);
            store.save(c);
        });
        return java.util.Optional.of(new HandOver(
                String.join(", ", taken.stream().map(SlaClock::getTarget).toList()),
                taken.stream().map(due).min(Comparator.naturalOrder()).orElseThrow()));
    }

    /** True while a clock is paused, or met but revivable (the resolution of a case that may be reopened). */
    @Transactional(readOnly = true)
    public boolean mayRunAgain(long caseId) {
        return mayRunAgain(store.clocksOf(caseId));
    }

    private static boolean mayRunAgain(List<SlaClock> clocks) {
        return clocks.stream().anyMatch(c -> c.getState() == ClockState.PAUSED
                || (c.getState() == ClockState.MET && !isResponseTarget(c)));
    }

    /** The policy set the case's clocks run under; the active one for a case without clocks. */
    @Transactional(readOnly = true)
    public String policySetOf(long caseId) {
        return store.clocksOf(caseId).stream().map(SlaClock::getPolicySet).findFirst()
                .orElseGet(() -> policySets.active().id());
    }

    /**
     * The calendar the case's service level counts on: that of its resolution clock, else of its
     * first clock (a P1 emergency's is 24x7), else the main calendar of its policy set.
     */
    @Transactional(readOnly = true)
    public BusinessCalendar calendarOf(long caseId) {
        List<SlaClock> existing = store.clocksOf(caseId);
        return existing.stream().filter(c -> SlaTarget.RESOLUTION.equals(c.getTarget())).findFirst()
                .or(() -> existing.stream().findFirst())
                .map(c -> policySets.calendar(c.getCalendarName()))
                .orElseGet(() -> policySets.calendar(policySets.get(policySetOf(caseId)).mainCalendar().name()));
    }

    /** The word a policy table uses for the calendar of the case's own SLA. */
    public static final String CASE_CALENDAR = "case";
    /** The word a policy table uses for wall-clock time, whatever calendars the policy set has. */
    public static final String WALL_CLOCK = "24x7";
    private static final BusinessCalendar WALL_CLOCK_CALENDAR = BusinessCalendar.twentyFourSeven(WALL_CLOCK,
            java.time.ZoneOffset.UTC);

    /**
     * The calendar a policy table names for a case (the escalation ladder's and the watch rules'
     * calendar columns): {@value #CASE_CALENDAR} for the case's own SLA calendar,
     * {@value #WALL_CLOCK} for wall-clock time, else a calendar of the policy sets by name.
     */
    @Transactional(readOnly = true)
    public BusinessCalendar calendarFor(long caseId, String word) {
        if (word == null || CASE_CALENDAR.equals(word)) {
            return calendarOf(caseId);
        }
        return WALL_CLOCK.equals(word) ? WALL_CLOCK_CALENDAR : policySets.calendar(word);
    }

    /** The active policy set's main calendar, as last edited. */
    public BusinessCalendar mainCalendar() {
        return policySets.mainCalendar();
    }

    /** A calendar of any policy set by name, as last edited. */
    public BusinessCalendar calendar(String name) {
        return policySets.calendar(name);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Due time by target name: null for a clock that is not running (paused, met or breached). */
    @Transactional(readOnly = true)
    public Map<String, Instant> dueByTarget(long caseId) {
        return dueByTarget(store.clocksOf(caseId));
    }

    /**
     * The due time of each target a user task works towards: running ones, and breached ones, whose
     * work is still owed and overdue since their due time (a task that served a breached target would
     * otherwise lose its due date and sort above every other in "most urgent first"). Paused, met and
     * retired targets have none.
     */
    public Map<String, Instant> taskDueByTarget(long caseId) {
        Map<String, Instant> due = new LinkedHashMap<>();
        for (SlaClock c : store.clocksOf(caseId)) {
            boolean owed = c.getState() == ClockState.RUNNING || c.getState() == ClockState.BREACHED;
            due.put(c.getTarget(), owed ? c.getDueAt() : null);
        }
        return due;
    }

    private static Map<String, Instant> dueByTarget(List<SlaClock> clocks) {
        Map<String, Instant> due = new LinkedHashMap<>();
        for (SlaClock c : clocks) {
            due.put(c.getTarget(), c.getState() == ClockState.RUNNING ? c.getDueAt() : null);
        }
        return due;
    }

    /** A clock as staff and customers see it. */
    public record ClockView(String target, String state, String duration, String calendar, Instant startedAt,
            Instant dueAt, Instant warningAt, Duration remainingBusinessTime, Instant stoppedAt) {
    }

    @Transactional(readOnly = true)
    public List<ClockView> clocks(long caseId) {
        Instant now = clock.instant();
        return store.clocksOf(caseId).stream().map(c -> {
            BusinessCalendar calendar = policySets.calendar(c.getCalendarName());
            return new ClockView(c.getTarget(), c.getState().name(), c.getDurationText(), c.getCalendarName(),
                    c.getStartedAt(), c.getDueAt(), c.getWarningAt(), c.remaining(calendar, now), c.getStoppedAt());
        }).toList();
    }

    @Transactional(readOnly = true)
    public List<SlaEvent> events(long caseId) {
        return store.eventsOf(caseId);
    }

    private static boolean isResponseTarget(SlaClock c) {
        return SlaTarget.FIRST_RESPONSE.equals(c.getTarget()) || SlaTarget.ACKNOWLEDGEMENT.equals(c.getTarget());
    }

    private interface Move {
        void apply(SlaClock clock, BusinessCalendar calendar);
    }

    private void forEach(long caseId, Move move) {
        for (SlaClock c : store.clocksOf(caseId)) {
            move.apply(c, policySets.calendar(c.getCalendarName()));
            save(c);
        }
    }

    private void save(SlaClock c) {
        List<SlaEvent> happened = c.drainEvents();
        store.save(c);
        for (SlaEvent event : happened) {
            store.record(event);
            switch (event.getKind()) {
                case WARNED -> events.publishEvent(new SlaWarned(c.getCaseId(), c.getTarget(), c.getDueAt()));
                case BREACHED -> events.publishEvent(new SlaBreached(c.getCaseId(), c.getTarget(), event.getDueAt()));
                case UPDATE_DUE -> events.publishEvent(new SlaUpdateDue(c.getCaseId(), c.getTarget(), event.getAt(), c.getDueAt()));
                default -> {
                }
            }
        }
    }
}
