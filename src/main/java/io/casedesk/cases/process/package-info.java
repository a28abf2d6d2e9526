/**
 * The bridge between {@code processes/case-lifecycle.bpmn} and the Case aggregate: one small
 * delegate per service task, and {@link io.casedesk.cases.process.CaseProcess} for starting,
 * completing and correlating. Process variables hold ids and small values; free text arriving
 * through a form is moved into the case and removed from the process.
 */
package io.casedesk.cases.process;
