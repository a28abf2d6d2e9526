/**
 * What Casedesk does while its database is away: recognise the failure
 * ({@link io.casedesk.platform.database.DatabaseOutage}), answer 503 with {@code Retry-After}
 * instead of hanging or failing with 500, report the node as not ready (the {@code db} health
 * check in the readiness group, bounded in time) and log the outage once instead of per attempt.
 * The timeouts that keep every wait short are connection-pool and driver settings in
 * {@code application.yml} and {@code application-mariadb.yml}.
 */
package io.casedesk.platform.database;
