/**
 * Wiring that every feature relies on: the embedded Camunda engine, security and identity,
 * error handling. The only package allowed to touch {@code org.camunda.bpm.engine.impl}.
 */
package io.casedesk.platform;
