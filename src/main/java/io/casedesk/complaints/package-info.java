/**
 * Policy E's feedback and complaints process ({@code processes/complaint.bpmn}): acknowledged
 * within two working days; a complaint gets an internal review by the VP of customer experience;
 * while the review runs past a week the support manager updates the customer every week; the
 * outcome goes to the customer; what stays unresolved goes to the CEO to arbitrate.
 * {@link io.casedesk.complaints.ComplaintService} is the public API.
 */
@ApplicationModule(allowedDependencies = {
        "cases", "customers", "escalation", "platform", "platform :: staff-groups", "platform :: web", "sla :: calendar" })
package io.casedesk.complaints;

import org.springframework.modulith.ApplicationModule;
