package io.casedesk.notify;

import java.util.List;

/** The events a webhook can be registered for. */
public final class WebhookEventTypes {

    public static final String CASE_OPENED = "case.opened";
    public static final String CASE_STATUS_CHANGED = "case.status-changed";
    public static final String SLA_WARNING = "sla.warning";
    public static final String SLA_BREACHED = "sla.breached";
    public static final String ESCALATION_LEVEL_ENTERED = "escalation.level-entered";

    public static final List<String> ALL = List.of(CASE_OPENED, CASE_STATUS_CHANGED, SLA_WARNING, SLA_BREACHED,
            ESCALATION_LEVEL_ENTERED);

    private WebhookEventTypes() {
    }
}
