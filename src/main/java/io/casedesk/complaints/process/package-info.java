/** The delegates of {@code processes/complaint.bpmn}; each hands its step to {@link io.casedesk.complaints.ComplaintSteps}. */
package io.casedesk.complaints.process;
