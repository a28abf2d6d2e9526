package io.casedesk.sla.web;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.platform.identity.StaffGroups;
import io.casedesk.sla.CalendarSpec;
import io.casedesk.sla.SlaCalendars;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Business calendars: staff read them, administrators (camunda-admin) edit them without a restart. */
@RestController
@Tag(name = "Service levels")
class SlaCalendarController {

    private final SlaCalendars calendars;

    SlaCalendarController(SlaCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/api/sla/calendars")
    @Operation(summary = "The business calendars the clocks count on")
    List<SlaCalendars.StoredCalendar> list() {
        return calendars.list();
    }

    @GetMapping("/api/sla/calendars/{id}")
    @Operation(summary = "One business calendar by its id (e.g. policy-c-business-hours; its name is understood too)")
    @ApiResponse(responseCode = "404", description = "No stored calendar has that id (problem details listing the ids)")
    SlaCalendars.StoredCalendar get(@PathVariable String id) {
        return calendars.get(id);
    }

    @PutMapping("/api/sla/calendars/{id}")
    @Operation(summary = "Edit a calendar's zone, weekly hours and holidays (administrators)",
            description = "Stored once for the whole cluster: every node counts on the edit as soon as it is saved. "
                    + "Takes effect at once for new clocks and at the next pause, resume or reopen of running ones. "
                    + "Refused when a running or paused clock would have no working time left to count in. "
                    + "The calendar keeps its id and name; the body's name is ignored.")
    @ApiResponse(responseCode = "404", description = "No stored calendar has that id")
    SlaCalendars.StoredCalendar update(@PathVariable String id, @RequestBody CalendarSpec edit, Authentication user) {
        boolean admin = user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(StaffGroups.authority(StaffGroups.ADMINS)));
        if (!admin) {
            throw new AccessDeniedException("Only administrators edit calendars.");
        }
        return calendars.update(id, edit, user.getName());
    }
}
