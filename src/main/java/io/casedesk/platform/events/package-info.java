/**
 * At-least-once delivery of cross-module events. Spring Modulith's JDBC event publication registry
 * stores, in the publisher's transaction, one publication per event and after-commit listener of
 * another module ({@code EVENT_PUBLICATION}, Flyway V20) and completes it when the listener
 * succeeds. {@link io.casedesk.platform.events.EventResubmission} delivers what stayed incomplete
 * again, on one node of a cluster at a time, and clears completed publications after a while.
 * Listeners are therefore written to be idempotent.
 */
package io.casedesk.platform.events;
