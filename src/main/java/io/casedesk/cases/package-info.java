/**
 * The Case aggregate: its number, status and the transitions it allows, its conversation,
 * attachments and history. Public API: {@link io.casedesk.cases.CaseService} (queries and
 * conversation) and {@link io.casedesk.cases.CaseActions} (everything that moves a case through
 * the {@code case-lifecycle} process).
 */
package io.casedesk.cases;
