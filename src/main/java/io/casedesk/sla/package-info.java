/**
 * Service levels: which targets a case gets (the {@code priority} and {@code sla-targets} DMN
 * tables of the active policy set), the per-case clocks that count them in business time, pause and
 * resume with the case, and the events they record. Public API: {@link io.casedesk.sla.SlaClocks}
 * (the clocks of a case, also the {@code slaClocks} bean the lifecycle's timers read),
 * {@link io.casedesk.sla.SlaPreview} (what-if), {@link io.casedesk.sla.PolicySets} and the
 * application events {@link io.casedesk.sla.SlaBreached} and {@link io.casedesk.sla.SlaWarned}.
 * Calendars and business-time arithmetic live in {@code sla.calendar}.
 */
package io.casedesk.sla;
