/**
 * Business calendars and business-time arithmetic: when working time happens (weekly hours in an
 * IANA zone, public and organisation holidays, or 24x7) and what instant a service-level target
 * falls due. Pure Java, no Spring and no persistence, so SLA clocks, DMN tables and tests can all
 * use it directly.
 *
 * <p>Working intervals are wall-clock local times; what counts as business time is the real elapsed
 * time between the instants they resolve to, so a 01:00–03:00 interval lasts one hour on the night
 * clocks go forward and three on the night they go back.
 *
 * <p>Exposed to other modules as the {@code sla::calendar} interface (escalation counts its response
 * times on these calendars). The annotation below is build metadata; the classes stay plain Java.
 */
@NamedInterface("calendar")
package io.casedesk.sla.calendar;

import org.springframework.modulith.NamedInterface;
