/**
 * The SLA part of {@code processes/case-lifecycle.bpmn}: the "SLA clocks" event sub-process
 * (start the clocks, then a re-entrant "Next SLA deadline" timer) and the execution listeners on
 * the lifecycle's steps that meet, pause, resume and revive the clocks. Every change re-arms the
 * timer job so that Cockpit always shows the real next deadline.
 */
package io.casedesk.sla.process;
