/**
 * Customer organisations, their contracts and tiers, and their contacts: designated contacts,
 * licensed users and partners. Public API: {@link io.casedesk.customers.CustomerDirectory}.
 */
package io.casedesk.customers;
