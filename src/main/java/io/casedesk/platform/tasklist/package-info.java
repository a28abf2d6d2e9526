/**
 * Tasklist as staff find it on first start: shared task filters per staff group, most urgent work
 * first, readable only by the group they are for.
 */
package io.casedesk.platform.tasklist;
