/**
 * What the engine's history keeps. Customer text (first replies, resolution summaries, phone-call
 * subjects and descriptions …) passes through process variables on its way from a Tasklist form
 * into the case tables; it must not stay behind in the engine's history tables, so that a case's
 * data can be deleted or anonymised where it lives.
 */
package io.casedesk.platform.history;
