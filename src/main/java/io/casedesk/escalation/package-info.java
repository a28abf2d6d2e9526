/**
 * The escalation ladder (issue 5): SLA breaches, policy A's watch rules, customer and staff
 * escalations route a case up the levels of the active policy set (analyst → support manager →
 * VP → CEO by default), each level a user task with its own response timer in
 * {@code processes/escalation.bpmn}. {@link io.casedesk.escalation.EscalationService} is the public
 * API; every step is recorded as an event with the notices of who must be told, for the mail
 * outbox. Policy E's complaints process is a module of its own, {@code io.casedesk.complaints}.
 */
@ApplicationModule(allowedDependencies = {
        "cases", "customers", "platform", "platform :: staff-groups", "sla", "sla :: calendar", "sla :: lifecycle" })
package io.casedesk.escalation;

import org.springframework.modulith.ApplicationModule;
