/**
 * Pages for support staff, server-rendered with Thymeleaf: the staff case page at
 * {@code /staff/cases/{number}} that every Tasklist form links to. A web UI over the public APIs of
 * {@code cases} (the case, its conversation, attachments and history, replies and notes),
 * {@code sla} (the clocks), {@code escalation} (the ladder's history) and {@code customers} (the
 * organisation and its tier, the contacts a held mail's case may be opened for). The pages for held
 * mail under {@code /staff/intake} (the review queue, one held mail with its decision forms, the
 * quarantine) read and decide through {@code intake}'s public API ({@code ReviewQueue},
 * {@code Quarantine}), the same services as its REST API. Who may see the pages is decided by the
 * staff-pages security chain in {@code platform.security} (the Camunda web apps' log-in, staff groups
 * only).
 *
 * <p>Module walls: nothing depends on this module; it has no public API.
 */
@ApplicationModule(allowedDependencies = { "cases", "sla", "sla :: calendar", "escalation", "customers", "intake" })
package io.casedesk.staff;

import org.springframework.modulith.ApplicationModule;
