/** The delegates of {@code processes/complaint.bpmn}; each hands its step to {@link io.casedesk.escalation.complaints.ComplaintSteps}. */
package io.casedesk.escalation.complaints.process;
