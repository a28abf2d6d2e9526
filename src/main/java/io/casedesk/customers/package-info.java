/**
 * Customer organisations, their contracts and tiers, and their contacts: designated contacts,
 * licensed users and partners. Public API: {@link io.casedesk.customers.CustomerDirectory}.
 *
 * <p>A module that depends on no other: customers know nothing of cases.
 */
@ApplicationModule(allowedDependencies = {})
package io.casedesk.customers;

import org.springframework.modulith.ApplicationModule;
