/**
 * The delegates of {@code processes/escalation.bpmn}: they compute a level's group, assignee and
 * response due date from the policy set, and hand every step to
 * {@link io.casedesk.escalation.EscalationSteps} for the history and the notices. Also the steps of
 * the lifecycle's escalation paths: the SLA breach hand-over and policy A's watch rules
 * ({@code processes/escalation-rules.dmn}, armed and checked by {@code ArmWatchListener} and
 * {@code EscalateWatchDelegate}).
 */
package io.casedesk.escalation.process;
