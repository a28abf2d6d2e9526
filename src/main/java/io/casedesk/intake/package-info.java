/**
 * Mail intake (issue 12): polls the configured IMAP mailboxes, turns mail from registered contacts
 * into cases or replies (threaded by the case number in the subject or by our Message-IDs in
 * {@code In-Reply-To}/{@code References}), holds mail from anyone else for staff review, keeps what
 * cannot be read in quarantine, and drops automatic mail (auto-replies, lists, bounces) without
 * answering it. Each mail is processed once: its key is stored in the same transaction as what it
 * became, and the mailbox copy is marked read only after that commit.
 *
 * <p>Public API: {@link io.casedesk.intake.ReviewQueue}, {@link io.casedesk.intake.Quarantine} and
 * the events {@link io.casedesk.intake.AccessInstructionsDue} and
 * {@link io.casedesk.intake.MailDeliveryFailed}; intake sends no mail itself.
 */
@ApplicationModule(allowedDependencies = { "cases", "customers", "platform", "platform :: web" })
package io.casedesk.intake;

import org.springframework.modulith.ApplicationModule;
