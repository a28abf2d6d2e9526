package io.casedesk.intake;

/**
 * Mail from an address that is not a registered contact was held for review; its sender should be
 * told how to get access (one answer per address and {@code casedesk.intake.answer-every}, never to
 * automatic mail). Published in the transaction that stored the review item; intake sends nothing.
 */
public record AccessInstructionsDue(String email, String name, String originalSubject, String originalMessageId) {
}
