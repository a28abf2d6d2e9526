/** The engine side of notify: staff addresses from Camunda's identity service. */
package io.casedesk.notify.process;
