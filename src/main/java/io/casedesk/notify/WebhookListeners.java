package io.casedesk.notify;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.cases.Case;
import io.casedesk.cases.CaseOpened;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.CaseStatusChanged;
import io.casedesk.escalation.EscalationNotice;
import io.casedesk.escalation.EscalationNoticeRecorded;
import io.casedesk.sla.SlaBreached;
import io.casedesk.sla.SlaWarned;

/**
 * The events webhooks are called for, queued in the transaction that caused them (like mail). The
 * JSON carries ids, numbers, statuses and times, never customer text.
 */
@Component
class WebhookListeners {

    private final WebhookCalls calls;
    private final CaseService cases;

    WebhookListeners(WebhookCalls calls, CaseService cases) {
        this.calls = calls;
        this.cases = cases;
    }

    @EventListener
    void caseOpened(CaseOpened event) {
        Case supportCase = cases.byId(event.caseId());
        Map<String, Object> data = caseData(supportCase);
        data.put("channel", event.channel() == null ? null : event.channel().name());
        calls.enqueue(WebhookEventTypes.CASE_OPENED, event.caseId(), event.number(), data);
    }

    @EventListener
    void statusChanged(CaseStatusChanged event) {
        Map<String, Object> data = caseData(cases.byId(event.caseId()));
        data.put("from", event.from() == null ? null : event.from().name());
        data.put("to", event.to().name());
        calls.enqueue(WebhookEventTypes.CASE_STATUS_CHANGED, event.caseId(), event.number(), data);
    }

    @EventListener
    void slaWarned(SlaWarned event) {
        Case supportCase = cases.byId(event.caseId());
        Map<String, Object> data = caseData(supportCase);
        data.put("target", event.target());
        data.put("dueAt", event.dueAt() == null ? null : event.dueAt().toString());
        calls.enqueue(WebhookEventTypes.SLA_WARNING, event.caseId(), supportCase.getNumber(), data);
    }

    @EventListener
    void slaBreached(SlaBreached event) {
        Case supportCase = cases.byId(event.caseId());
        Map<String, Object> data = caseData(supportCase);
        data.put("target", event.target());
        data.put("dueAt", event.dueAt() == null ? null : event.dueAt().toString());
        calls.enqueue(WebhookEventTypes.SLA_BREACHED, event.caseId(), supportCase.getNumber(), data);
    }

    /** A ladder level was entered: the staff notice names who handles it (the customer's copy is not a second event). */
    @EventListener
    void levelEntered(EscalationNoticeRecorded event) {
        EscalationNotice notice = event.notice();
        if (!"LEVEL_ENTERED".equals(notice.getEventKind()) || notice.getCaseId() == null
                || notice.getRecipientKind() == EscalationNotice.RecipientKind.CUSTOMER) {
            return;
        }
        Case supportCase = cases.byId(notice.getCaseId());
        Map<String, Object> data = caseData(supportCase);
        data.put("handledBy", notice.getRecipient());
        data.put("handledByKind", notice.getRecipientKind().name().toLowerCase());
        calls.enqueue(WebhookEventTypes.ESCALATION_LEVEL_ENTERED, supportCase.getId(), supportCase.getNumber(), data);
    }

    private static Map<String, Object> caseData(Case supportCase) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseNumber", supportCase.getNumber());
        data.put("status", supportCase.getStatus().name());
        data.put("priority", supportCase.getPriority());
        data.put("category", supportCase.getCategory());
        return data;
    }
}
