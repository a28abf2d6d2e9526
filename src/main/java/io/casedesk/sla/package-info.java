/**
 * Service levels: which targets a case gets (the {@code priority} and {@code sla-targets} DMN
 * tables of the active policy set), the per-case clocks that count them in business time, pause and
 * resume with the case, and the events they record. Public API: {@link io.casedesk.sla.SlaClocks}
 * (the clocks of a case, also the {@code slaClocks} bean the lifecycle's timers read),
 * {@link io.casedesk.sla.SlaPreview} (what-if), {@link io.casedesk.sla.PolicySets} and the
 * application events {@link io.casedesk.sla.SlaBreached} and {@link io.casedesk.sla.SlaWarned}.
 * Calendars and business-time arithmetic live in {@code sla.calendar}.
 *
 * <p>Module walls: reads cases and customers through their APIs; exposes {@code sla::calendar} for
 * business-time arithmetic and {@code sla :: lifecycle} (the names the lifecycle model shares with
 * the escalation steps it calls); the rest of {@code sla.process} and {@code sla.web} are internal.
 */
@ApplicationModule(allowedDependencies = {
        "cases", "cases :: lifecycle", "customers", "platform", "platform :: staff-groups", "platform :: web" })
package io.casedesk.sla;

import org.springframework.modulith.ApplicationModule;
