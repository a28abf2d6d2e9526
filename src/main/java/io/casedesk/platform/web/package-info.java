/**
 * Error handling for every API: {@link io.casedesk.platform.web.ProblemException} is the contract a
 * feature's exception extends to be answered as RFC 9457 problem details with its own status,
 * {@code type} and title; the platform renders it without knowing the feature.
 */
@NamedInterface("web")
package io.casedesk.platform.web;

import org.springframework.modulith.NamedInterface;
