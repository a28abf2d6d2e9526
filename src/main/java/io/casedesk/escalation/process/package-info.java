/**
 * The delegates of {@code processes/escalation.bpmn}: they compute a level's group, assignee and
 * response due date from the policy set, and hand every step to
 * {@link io.casedesk.escalation.EscalationSteps} for the history and the notices.
 */
package io.casedesk.escalation.process;
