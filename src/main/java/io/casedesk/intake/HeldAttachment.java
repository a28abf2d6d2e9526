package io.casedesk.intake;

/**
 * An attachment of a held mail, as read from the mail kept whole (its content goes with the case
 * opened from it).
 *
 * @param fileName  the name the sender gave it
 * @param sizeBytes its decoded size
 */
public record HeldAttachment(String fileName, long sizeBytes) {
}
