/**
 * Wiring that every feature relies on: the embedded Camunda engine, security and identity,
 * error handling. The only package allowed to touch {@code org.camunda.bpm.engine.impl}.
 *
 * <p>Depends on no feature: features use its base package, {@code platform::web} (the problem-
 * details contract) and {@code platform::staff-groups}.
 */
@ApplicationModule(allowedDependencies = {})
package io.casedesk.platform;

import org.springframework.modulith.ApplicationModule;
