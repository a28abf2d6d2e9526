/** The staff API of mail intake ({@code /api/intake}): review queue and quarantine. */
package io.casedesk.intake.web;
