package io.casedesk.sla;

import io.casedesk.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.sla.calendar.ExampleCalendars;

/** Calendars seeded from policy C, edited by an administrator without a restart, and edits that are refused. */
class SlaCalendarsIntegrationTest extends IntegrationTest {

    private static final String BUSINESS_HOURS = "Policy C business hours";
    private static final String BUSINESS_HOURS_ID = "policy-c-business-hours";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void restoreTheShippedCalendar() throws Exception {
        edit(CalendarSpec.of(ExampleCalendars.policyC()), "admin");
    }

    @Test
    void theActivePolicySetsCalendarsAreStored() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/sla/calendars").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].calendar.name", hasItem(BUSINESS_HOURS)))
                .andExpect(jsonPath("$[*].calendar.name", hasItem("Policy C emergency on-call")))
                .andExpect(jsonPath("$[*].id", hasItem("policy-c-emergency-on-call")));
        mvc.perform(MockMvcRequestBuilders.get("/api/sla/calendars/{id}", BUSINESS_HOURS_ID).with(httpBasic("analyst", "analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(BUSINESS_HOURS_ID))
                .andExpect(jsonPath("$.calendar.name").value(BUSINESS_HOURS))
                .andExpect(jsonPath("$.calendar.timeZone").value("America/Chicago"))
                .andExpect(jsonPath("$.calendar.hours", hasItem("MONDAY 07:00-18:00")))
                .andExpect(jsonPath("$.calendar.publicHolidays[0]").value("US"));
    }

    @Test
    void anAdministratorsEditCountsAtOnce() throws Exception {
        var later = new CalendarSpec(BUSINESS_HOURS, "America/Chicago", false, weekdays("08:00", "17:00"), List.of("US"), List.of());
        edit(later, "admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.updatedBy").value("admin"));
        // P2 < 8 business hours from Tuesday 14:00: 3 hours until 17:00, then Wednesday 08:00 + 5 h
        mvc.perform(MockMvcRequestBuilders.post("/api/sla/preview").with(httpBasic("analyst", "analyst")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"policySet":"policy-c","priority":"P2","receivedAt":"2026-06-02T14:00:00-05:00"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[0].dueAt").value("2026-06-03T18:00:00Z"));
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/sla/calendars/{id}", "policy-z-hours").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/calendar-not-found"))
                .andExpect(jsonPath("$.detail", containsString(BUSINESS_HOURS_ID)));
        mvc.perform(MockMvcRequestBuilders.put("/api/sla/calendars/{id}", "policy-z-hours").with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(CalendarSpec.of(ExampleCalendars.policyC()))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/calendar-not-found"));
    }

    @Test
    void clientsThatAddressACalendarByItsNameStillFindIt() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/sla/calendars/{name}", BUSINESS_HOURS).with(httpBasic("analyst", "analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(BUSINESS_HOURS_ID));
    }

    @Test
    void analystsCannotEdit() throws Exception {
        edit(CalendarSpec.of(ExampleCalendars.policyC()), "analyst").andExpect(status().isForbidden());
    }

    @Test
    void aWeekWithoutHoursIsRefused() throws Exception {
        edit(new CalendarSpec(BUSINESS_HOURS, "America/Chicago", false, List.of(), List.of(), List.of()), "admin")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/calendar-without-working-time"));
    }

    @Test
    void anEditThatLeavesARunningClockWithoutWorkingTimeIsRefused() throws Exception {
        // The demo cases' clocks run on policy C's business hours. Only Monday mornings, and every Monday off for years:
        List<String> mondaysOff = new ArrayList<>();
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 0; week < 52 * 6; week++) {
            mondaysOff.add(monday.plusWeeks(week).toString());
        }
        edit(new CalendarSpec(BUSINESS_HOURS, "America/Chicago", false, List.of("MONDAY 09:00-10:00"), List.of(), mondaysOff), "admin")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://casedesk.io/problems/calendar-edit-refused"))
                .andExpect(jsonPath("$.detail", containsString("Refused")));
    }

    private List<String> weekdays(String from, String until) {
        return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(day -> day + " " + from + "-" + until).toList();
    }

    private org.springframework.test.web.servlet.ResultActions edit(CalendarSpec spec, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put("/api/sla/calendars/{id}", CalendarSpec.keyOf(spec.name())).with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(spec)));
    }
}
