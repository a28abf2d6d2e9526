package io.casedesk.notify;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.cases.AuthorKind;
import io.casedesk.cases.Case;
import io.casedesk.cases.CaseClosed;
import io.casedesk.cases.CaseMessage;
import io.casedesk.cases.CaseOpened;
import io.casedesk.cases.CaseReminderSent;
import io.casedesk.cases.CaseReplyPosted;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.CaseStatusChanged;
import io.casedesk.cases.CaseStatusLabels;
import io.casedesk.cases.CasesProperties;
import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.Choice;
import io.casedesk.cases.ChoiceList;
import io.casedesk.cases.ClosingReasons;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.customers.CustomerView;
import io.casedesk.escalation.EscalationNotice;
import io.casedesk.escalation.EscalationNoticeRecorded;
import io.casedesk.notify.process.StaffMailboxes;
import io.casedesk.sla.SlaProperties;
import io.casedesk.sla.SlaUpdateDue;

/**
 * Turns what happens to a case into mail in the outbox. Plain {@code @EventListener}s: each runs in
 * the transaction that published the event, so the mail is queued if and only if the change commits
 * (an {@code @ApplicationModuleListener} would run after the commit, in a transaction of its own).
 */
@Component
class NoticeListeners {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final CaseService cases;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final CasedeskMailProperties mail;
    private final CasesProperties caseSettings;
    private final SlaProperties sla;
    private final StaffMailboxes staff;
    private final CustomerDirectory customers;
    private final CaseChoices choices;

    NoticeListeners(CaseService cases, Outbox outbox, MailTemplates templates, CasedeskMailProperties mail,
            CasesProperties caseSettings, SlaProperties sla, StaffMailboxes staff, CustomerDirectory customers,
            CaseChoices choices) {
        this.customers = customers;
        this.choices = choices;
        this.cases = cases;
        this.outbox = outbox;
        this.templates = templates;
        this.mail = mail;
        this.caseSettings = caseSettings;
        this.sla = sla;
        this.staff = staff;
    }

    /** Every new case, whatever the channel: its number and a link, to the person who reported it. */
    @EventListener
    void caseOpened(CaseOpened event) {
        Case supportCase = cases.byId(event.caseId());
        Map<String, Object> model = model(supportCase);
        model.put("priority", supportCase.getPriority());
        toCustomer(supportCase, "ACKNOWLEDGEMENT", "We have received your request: " + supportCase.getSubject(),
                "acknowledgement", model, true);
    }

    /** A public staff reply; internal notes publish nothing and never get here. */
    @EventListener
    void replyPosted(CaseReplyPosted event) {
        Case supportCase = cases.byId(event.caseId());
        cases.publicMessage(event.caseId(), event.messageId())
                .filter(message -> message.getAuthorKind() == AuthorKind.STAFF)
                .ifPresent(message -> {
                    Map<String, Object> model = model(supportCase);
                    model.put("body", message.getBody());
                    toCustomer(supportCase, "REPLY", supportCase.getSubject(), "reply", model, false);
                });
    }

    @EventListener
    void statusChanged(CaseStatusChanged event) {
        if (event.to() == CaseStatus.PENDING) {
            Case supportCase = cases.byId(event.caseId());
            Map<String, Object> model = model(supportCase);
            model.put("question", event.reason() == null ? "Please tell us more about the problem." : event.reason());
            toCustomer(supportCase, "INFORMATION_REQUEST", "We need more information: " + supportCase.getSubject(),
                    "information-request", model, false);
        } else if (event.to() == CaseStatus.RESOLVED) {
            Case supportCase = cases.byId(event.caseId());
            Map<String, Object> model = model(supportCase);
            model.put("summary", supportCase.getResolutionSummary() == null ? "" : supportCase.getResolutionSummary());
            // The solution in the policy set's own words (processes/case-choices.dmn).
            String solution = supportCase.getSolutionType();
            model.put("solution", solution == null ? ""
                    : choices.find(ChoiceList.SOLUTION_TYPE, solution).map(Choice::label).orElse(solution));
            toCustomer(supportCase, "RESOLUTION", "Resolved: " + supportCase.getSubject(), "resolution", model, false);
        }
    }

    @EventListener
    void reminderSent(CaseReminderSent event) {
        Case supportCase = cases.byId(event.caseId());
        Map<String, Object> model = model(supportCase);
        model.put("resolved", event.status() == CaseStatus.RESOLVED);
        model.put("last", event.last());
        model.put("reminder", event.reminder());
        model.put("maxReminders", caseSettings.maxReminders());
        String subject = (event.last() ? "Last reminder: " : "Reminder: ")
                + (event.status() == CaseStatus.RESOLVED ? "please confirm the resolution of " : "we are waiting for your answer on ")
                + supportCase.getSubject();
        toCustomer(supportCase, "REMINDER", subject, "reminder", model, true);
    }

    @EventListener
    void caseClosed(CaseClosed event) {
        if (ClosingReasons.NO_RESPONSE.equals(event.reason())) {
            Case supportCase = cases.byId(event.caseId());
            toCustomer(supportCase, "CLOSED_NO_RESPONSE", "Closed for no response: " + supportCase.getSubject(),
                    "closed-no-response", model(supportCase), true);
        }
    }

    /** An update interval came round (policy A's hourly P1 bulletin, counted in core hours): the customer hears. */
    @EventListener
    void updateDue(SlaUpdateDue event) {
        Case supportCase = cases.byId(event.caseId());
        if (supportCase.isClosed() || supportCase.getStatus() == CaseStatus.RESOLVED) {
            return;
        }
        Map<String, Object> model = model(supportCase);
        model.put("priority", supportCase.getPriority());
        model.put("status", CaseStatusLabels.label(supportCase.getStatus()));
        CaseMessage latest = latestStaffReply(supportCase);
        model.put("latest", latest == null ? null : latest.getBody());
        model.put("latestAt", latest == null ? null : WHEN.format(latest.getCreatedAt()));
        model.put("nextUpdate", event.nextDueAt() == null ? "when there is news" : WHEN.format(event.nextDueAt()));
        toCustomer(supportCase, "PROGRESS_BULLETIN", "Progress update: " + supportCase.getSubject(),
                "progress-bulletin", model, true);
    }

    /** Escalation, SLA-warning and complaint notices: to the customer, a staff user or every member of a group. */
    @EventListener
    void noticeRecorded(EscalationNoticeRecorded event) {
        EscalationNotice notice = event.notice();
        Case supportCase = notice.getCaseId() == null ? null : cases.byId(notice.getCaseId());
        List<String> recipients = switch (notice.getRecipientKind()) {
            case CUSTOMER -> List.of(notice.getRecipient());
            case USER -> staff.ofUser(notice.getRecipient()).map(List::of).orElse(List.of());
            case GROUP -> staff.ofGroup(notice.getRecipient());
        };
        boolean toStaff = notice.getRecipientKind() != EscalationNotice.RecipientKind.CUSTOMER;
        Map<String, Object> model = new HashMap<>();
        model.put("team", mail.fromName());
        model.put("body", notice.getBody());
        model.put("link", supportCase == null ? null
                : toStaff ? mail.staffUrl(supportCase.getNumber()) : mail.caseUrl(supportCase.getNumber()));
        model.put("linkLabel", supportCase == null ? null : "Case " + supportCase.getNumber());
        var rendered = templates.render("notice", model);
        String kind = notice.getEventKind().startsWith("COMPLAINT_") ? notice.getEventKind()
                : "ESCALATION_" + notice.getEventKind();
        outbox.enqueue(new Outbox.Mail(kind, notice.getCaseId(), supportCase == null ? null : supportCase.getNumber(),
                recipients.isEmpty() ? List.of("(no address for " + notice.getRecipientKind().name().toLowerCase()
                        + " " + notice.getRecipient() + ")") : recipients,
                notice.getSubject(), rendered.text(), rendered.html(), true, notice.getId()));
    }

    private CaseMessage latestStaffReply(Case supportCase) {
        List<CaseMessage> conversation = cases.publicConversation(supportCase.getId());
        for (int i = conversation.size() - 1; i >= 0; i--) {
            if (conversation.get(i).getAuthorKind() == AuthorKind.STAFF) {
                return conversation.get(i);
            }
        }
        return null;
    }

    private Map<String, Object> model(Case supportCase) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", supportCase.getRequester() == null || supportCase.getRequester().name() == null ? "customer"
                : supportCase.getRequester().name());
        model.put("number", supportCase.getNumber());
        model.put("subject", supportCase.getSubject());
        model.put("caseUrl", mail.caseUrl(supportCase.getNumber()));
        model.put("confirmUrl", mail.caseUrl(supportCase.getNumber()) + "?action=confirm");
        model.put("reopenUrl", mail.caseUrl(supportCase.getNumber()) + "?action=reopen");
        model.put("team", mail.fromName());
        model.put("priorityWord", severityPolicies().contains(sla.policySet()) ? "Severity" : "Priority");
        model.put("priority", supportCase.getPriority());
        return model;
    }

    /** Policies D and E speak of severities, the others of priorities. */
    private static List<String> severityPolicies() {
        return List.of("policy-d", "policy-e");
    }

    private void toCustomer(Case supportCase, String kind, String subject, String template, Map<String, Object> model,
            boolean automatic) {
        var rendered = templates.render(template, model);
        outbox.enqueue(new Outbox.Mail(kind, supportCase.getId(), supportCase.getNumber(), customerRecipients(supportCase),
                subject, rendered.text(), rendered.html(), automatic, null));
    }

    /** The requester, and in the policy sets that say so the organisation's designated contacts. */
    private List<String> customerRecipients(Case supportCase) {
        List<String> recipients = new java.util.ArrayList<>();
        recipients.add(supportCase.getRequester() == null ? null : supportCase.getRequester().email());
        if (mail.copyDesignatedContacts().contains(sla.policySet()) && supportCase.getOrganisationId() != null) {
            customers.designatedContacts(supportCase.getOrganisationId()).stream().map(CustomerView::email)
                    .filter(email -> recipients.stream().noneMatch(email::equalsIgnoreCase))
                    .forEach(recipients::add);
        }
        return recipients;
    }
}
