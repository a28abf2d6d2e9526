/** Checks on what process owners deploy, so a broken model is refused with a message that names the problem. */
package io.casedesk.platform.deployment;
