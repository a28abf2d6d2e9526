package io.casedesk.staff;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.casedesk.cases.Actor;
import io.casedesk.cases.AuthorKind;
import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseAttachment;
import io.casedesk.cases.CaseMessage;
import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.Choice;
import io.casedesk.cases.ChoiceList;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.CaseStatusLabels;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.escalation.EscalationHistory;
import io.casedesk.escalation.EscalationService;
import io.casedesk.sla.SlaClocks;
import io.casedesk.staff.StaffCaseView.Clock;
import io.casedesk.staff.StaffCaseView.Entry;
import io.casedesk.staff.StaffCaseView.File;
import io.casedesk.staff.StaffCaseView.Header;
import io.casedesk.staff.StaffCaseView.PriorityLine;
import io.casedesk.staff.StaffCaseView.StatusLine;

/** Reads a case for its staff page from the public APIs of cases, customers, sla and escalation. */
@Component
class StaffCasePages {

    private final CaseService cases;
    private final CustomerDirectory customers;
    private final SlaClocks clocks;
    private final EscalationService escalations;
    private final CaseChoices choices;

    StaffCasePages(CaseService cases, CustomerDirectory customers, SlaClocks clocks, EscalationService escalations,
            CaseChoices choices) {
        this.choices = choices;
        this.cases = cases;
        this.customers = customers;
        this.clocks = clocks;
        this.escalations = escalations;
    }

    StaffCaseView view(String number, CaseAccess.Staff staff) {
        Case c = cases.get(number, staff);
        return new StaffCaseView(header(c), c.getDescription(),
                cases.conversation(c, staff).stream().map(StaffCasePages::entry).toList(),
                cases.attachments(c, staff).stream().map(StaffCasePages::file).toList(),
                c.getStatusHistory().stream().map(s -> new StatusLine(Stamp.of(s.getChangedAt()),
                        s.getFromStatus() == null ? null : CaseStatusLabels.label(s.getFromStatus()),
                        CaseStatusLabels.label(s.getToStatus()), who(s.getChangedBy()), s.getReason())).toList(),
                c.getPriorityHistory().stream().map(p -> new PriorityLine(Stamp.of(p.getChangedAt()),
                        p.getFromPriority(), p.getToPriority(), who(p.getChangedBy()), p.getReason())).toList(),
                escalation(escalations.history(number, staff)), clocks(c.getId()), c.getStatus() == CaseStatus.CLOSED);
    }

    private Header header(Case c) {
        var organisation = Optional.ofNullable(c.getOrganisationId()).flatMap(customers::organisation);
        String resolution = c.getResolutionCause() == null ? null
                : label(ChoiceList.CAUSE, c.getResolutionCause())
                        + (c.getSolutionType() == null ? "" : ", " + label(ChoiceList.SOLUTION_TYPE, c.getSolutionType()));
        return new Header(c.getNumber(), c.getSubject(), CaseStatusLabels.label(c.getStatus()), c.getPriority(),
                c.getPolicyPriorityReason(), c.getCategory(), c.getOwner(),
                c.getRequester() == null ? null : c.getRequester().name(),
                c.getRequester() == null ? null : c.getRequester().email(),
                c.getRequester() == null ? null : c.getRequester().phone(),
                organisation.map(CustomerDirectory.OrganisationView::name).orElse(null),
                organisation.map(CustomerDirectory.OrganisationView::contractTier).orElse(null),
                organisation.map(CustomerDirectory.OrganisationView::timeZone).orElse(null),
                c.getChannel() == null ? null : words(c.getChannel().name()),
                c.getEnvironment() == null ? null : words(c.getEnvironment().name()),
                c.getProduct(), c.getProductVersion(), c.getOperatingSystem(), Stamp.of(c.getReceivedAt()),
                Stamp.of(c.getFirstResponseAt()), Stamp.of(c.getResolvedAt()), Stamp.of(c.getClosedAt()),
                Stamp.of(c.getHoldUntil()), resolution);
    }

    private static Entry entry(CaseMessage m) {
        boolean customer = m.getAuthorKind() == AuthorKind.CUSTOMER;
        String author = switch (m.getAuthorKind()) {
            case STAFF -> m.getAuthorId();
            case CUSTOMER -> m.getAuthorName() == null ? m.getAuthorId() : m.getAuthorName() + " <" + m.getAuthorId() + ">";
            case SYSTEM -> "Casedesk";
        };
        return new Entry(m.getId(), !m.isPublic(), author, words(m.getAuthorKind().name()),
                customer && m.getChannel() != null ? words(m.getChannel().name()) : null, Stamp.of(m.getCreatedAt()),
                m.getBody());
    }

    private static File file(CaseAttachment a) {
        return new File(a.getId(), a.getFileName(), size(a.getSizeBytes()), a.getContentType(), a.isInternal(),
                who(a.getUploadedBy()), Stamp.of(a.getUploadedAt()));
    }

    private StaffCaseView.Escalation escalation(EscalationHistory history) {
        StaffCaseView.Current current = null;
        if (history.current() != null) {
            var now = history.current();
            current = new StaffCaseView.Current(now.level() + " of " + now.levelCount(), now.title(), now.group(),
                    now.assignee(), Stamp.of(now.since()), Stamp.of(now.respondBy()));
        }
        return new StaffCaseView.Escalation(current, history.history().stream()
                .map(l -> new StaffCaseView.Step(Stamp.of(l.at()), words(l.kind())
                        + (l.trigger() == null ? "" : " (" + words(l.trigger()) + ")"),
                        l.level() == null ? null : l.level() + (l.levelTitle() == null ? "" : " – " + l.levelTitle()),
                        l.actor(), l.reason(), l.detail()))
                .toList());
    }

    private List<Clock> clocks(long caseId) {
        return clocks.clocks(caseId).stream().map(c -> {
            ZoneId zone = zoneOf(c.calendar());
            boolean running = "RUNNING".equals(c.state());
            return new Clock(words(c.target()), c.state().toLowerCase(Locale.ROOT), c.duration(), c.calendar(),
                    zone == null ? null : zone.getId(), Stamp.of(c.startedAt()), Stamp.of(c.dueAt()),
                    Stamp.in(c.dueAt(), zone), running ? Stamp.of(c.warningAt()) : null,
                    running || "PAUSED".equals(c.state()) ? left(c.remainingBusinessTime()) : null,
                    Stamp.of(c.stoppedAt()));
        }).toList();
    }

    private ZoneId zoneOf(String calendar) {
        try {
            return calendar == null ? null : clocks.calendar(calendar).zone();
        } catch (RuntimeException unknown) {
            // A calendar removed from the policy since the clock started: the page shows UTC only.
            return null;
        }
    }

    /** "staff:analyst" → analyst, "customer:dana@acme.example" → dana@acme.example, the system → Casedesk. */
    private static String who(String reference) {
        Actor actor = Actor.fromReference(reference);
        return actor.kind() == AuthorKind.SYSTEM ? "Casedesk" : actor.id();
    }

    /** FIRST_RESPONSE, first-response → First response. */
    /** The policy set's wording of a stored value (processes/case-choices.dmn), or the value as stored. */
    private String label(ChoiceList list, String value) {
        return choices.find(list, value).map(Choice::label).orElse(value);
    }

    static String words(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String spaced = name.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static String left(Duration remaining) {
        if (remaining == null) {
            return null;
        }
        if (remaining.isNegative() || remaining.isZero()) {
            return "none";
        }
        long hours = remaining.toHours();
        int minutes = remaining.toMinutesPart();
        return hours == 0 ? minutes + " min" : "%d h %02d min".formatted(hours, minutes);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
