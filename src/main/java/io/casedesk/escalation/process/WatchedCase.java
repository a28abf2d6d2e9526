package io.casedesk.escalation.process;

import java.time.Instant;

/**
 * What policy A's watch rules read about a case, as it is now.
 *
 * @param receivedInCoreHours whether it arrived in the working time of its policy set's main calendar
 */
record WatchedCase(long id, String policySet, String category, String priority, Instant receivedAt,
        Instant firstResponseAt, boolean resolvedOrClosed, boolean receivedInCoreHours) {
}
