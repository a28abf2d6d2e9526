package io.casedesk.cases;

import java.time.Instant;

import io.casedesk.customers.CustomerView;

/**
 * A case about to be registered: what was reported, by which contact, for which organisation and
 * when it arrived (a phone call may be logged after the fact).
 */
public record NewCase(CaseDraft draft, CustomerView requester, Long organisationId, Instant receivedAt) {
}
