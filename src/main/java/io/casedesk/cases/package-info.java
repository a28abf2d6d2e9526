/**
 * The Case aggregate: its number, status and the transitions it allows, its conversation,
 * attachments and history. Public API: {@link io.casedesk.cases.CaseService} (queries and
 * conversation) and {@link io.casedesk.cases.CaseActions} (everything that moves a case through
 * the {@code case-lifecycle} process).
 *
 * <p>Module walls: uses the customer directory and the platform; {@code cases.process} and {@code
 * cases.web} are internal except {@code cases::lifecycle} ({@link
 * io.casedesk.cases.process.LifecycleVariables}), through which the SLA steps in the lifecycle
 * read and write the case's process variables.
 */
@ApplicationModule(allowedDependencies = { "customers", "platform", "platform :: web" })
package io.casedesk.cases;

import org.springframework.modulith.ApplicationModule;
