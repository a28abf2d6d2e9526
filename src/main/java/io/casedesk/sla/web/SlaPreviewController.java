package io.casedesk.sla.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.casedesk.platform.web.DateTimeInput;
import io.casedesk.sla.SlaException;
import io.casedesk.sla.SlaPreview;
import io.casedesk.sla.calendar.BusinessCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What-if for process owners and staff: {@code POST /api/sla/preview}. */
@RestController
@Tag(name = "Service levels")
class SlaPreviewController {

    private final SlaPreview preview;

    SlaPreviewController(SlaPreview preview) {
        this.preview = preview;
    }

    @Schema(description = "A case that might be received: when, under which policy set, tier and priority, and with which pauses.")
    record PreviewRequest(
            @Schema(description = "policy-a … policy-e; the active one when left out", example = "policy-c") String policySet,
            @Schema(description = "Contract tier of the customer; the policy's default when left out", example = "standard") String contractTier,
            @Schema(description = "Priority as requested, in the policy's scheme", example = "P2", requiredMode = Schema.RequiredMode.REQUIRED) String priority,
            @Schema(description = "PRODUCTION, TEST or OTHER", example = "PRODUCTION") String environment,
            @Schema(description = "Case category (policy C: a production Outage is always P1)", example = "Defect") String category,
            @Schema(description = "The customer's IANA time zone (policy B: picks the serving region)", example = "Europe/London") String customerTimeZone,
            @Schema(description = "When the case arrives: ISO-8601 with an offset (2026-06-02T14:00:00-05:00, …Z) or a zone id "
                    + "(2026-06-02T14:00:00[America/Chicago]); a local date-time is refused", example = "2026-06-02T14:00:00-05:00", requiredMode = Schema.RequiredMode.REQUIRED) String receivedAt,
            @Schema(description = "Stretches spent Pending or On Hold, in order, not overlapping") List<PauseRequest> pauses,
            @Schema(description = "Count every target on these hours instead of the policy's calendars") CalendarRequest calendar,
            @Schema(description = "Policy A: the Work Order's published date; a P5 resolution target shows only with it", example = "2026-12-31") String workOrderDate) {
    }

    record PauseRequest(@Schema(example = "2026-06-02T16:00:00-05:00") String from,
            @Schema(example = "2026-06-03T09:00:00-05:00") String until) {
    }

    @Schema(description = "Working hours for a what-if calendar")
    record CalendarRequest(@Schema(example = "What-if hours") String name, @Schema(example = "America/Chicago") String timeZone,
            boolean twentyFourSeven, List<HoursRequest> hours) {
    }

    record HoursRequest(@Schema(example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]") List<String> days,
            @Schema(example = "08:00") String from, @Schema(example = "17:00") String until) {
    }

    @PostMapping("/api/sla/preview")
    @Operation(summary = "What-if: every target's due time for a case received at an instant",
            description = "Runs the deployed priority and sla-targets tables for the policy set, then the same clock "
                    + "arithmetic live cases use, pauses included. Nothing is stored.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Policy C, P2 on a Tuesday afternoon", value = """
                            {"policySet":"policy-c","priority":"P2","environment":"PRODUCTION","receivedAt":"2026-06-02T14:00:00-05:00"}"""),
                    @ExampleObject(name = "Policy D, High with a pause overnight", value = """
                            {"policySet":"policy-d","priority":"High","receivedAt":"2026-06-01T11:00:00-04:00",
                             "pauses":[{"from":"2026-06-01T15:00:00-04:00","until":"2026-06-02T10:00:00-04:00"}]}"""),
                    @ExampleObject(name = "Policy C, P1 asked for a test system (becomes P2)", value = """
                            {"policySet":"policy-c","priority":"P1","environment":"TEST","receivedAt":"2026-06-05T17:30:00-05:00"}""")
            })))
    @ApiResponse(responseCode = "200", description = "The targets with their due times and calendars")
    @ApiResponse(responseCode = "400", description = "Unknown policy set, tier or priority; an instant without offset; "
            + "overlapping or negative pauses; a calendar without working time (problem details with field errors)")
    SlaPreview.Answer preview(@RequestBody PreviewRequest request) {
        List<SlaPreview.Pause> pauses = new ArrayList<>();
        if (request.pauses() != null) {
            for (int i = 0; i < request.pauses().size(); i++) {
                PauseRequest pause = request.pauses().get(i);
                if (pause == null) {
                    throw new SlaException("pauses[" + i + "]", "A pause needs from and until.");
                }
                pauses.add(new SlaPreview.Pause(instant("pauses[" + i + "].from", pause.from()),
                        instant("pauses[" + i + "].until", pause.until())));
            }
        }
        return preview.preview(new SlaPreview.Question(request.policySet(), request.contractTier(), request.priority(),
                request.environment(), request.category(), request.customerTimeZone(),
                instant("receivedAt", request.receivedAt()), pauses, calendar(request.calendar()),
                date("workOrderDate", request.workOrderDate())));
    }

    private static java.time.LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new SlaException(field, "\"%s\" is not a date; write e.g. 2026-12-31.".formatted(text));
        }
    }

    /** An instant with an offset ("…-05:00", "…Z") or a zone ("…[Europe/Paris]"); a bare local time is ambiguous. */
    static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new SlaException(field, "Give an instant with an offset or zone, e.g. %s.".formatted(DateTimeInput.EXAMPLES));
        }
        try {
            return DateTimeInput.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new SlaException(field, e.getMessage());
        }
    }

    private static BusinessCalendar calendar(CalendarRequest request) {
        if (request == null) {
            return null;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(request.timeZone() == null ? "" : request.timeZone());
        } catch (DateTimeException e) {
            throw new SlaException("calendar.timeZone", "\"%s\" is not an IANA time zone.".formatted(request.timeZone()));
        }
        String name = request.name() == null || request.name().isBlank() ? "What-if calendar" : request.name();
        if (request.twentyFourSeven()) {
            return BusinessCalendar.twentyFourSeven(name, zone);
        }
        var builder = BusinessCalendar.builder(name, zone);
        List<HoursRequest> hours = request.hours() == null ? List.of() : request.hours();
        for (int i = 0; i < hours.size(); i++) {
            HoursRequest h = hours.get(i);
            String field = "calendar.hours[" + i + "]";
            try {
                LocalTime from = LocalTime.parse(h.from());
                LocalTime until = LocalTime.parse(h.until());
                for (String day : h.days() == null ? List.<String>of() : h.days()) {
                    builder.hours(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)), from, until);
                }
            } catch (DateTimeParseException | NullPointerException | IllegalArgumentException e) {
                throw new SlaException(field, "Working hours are days (MONDAY … SUNDAY) with from and until as HH:mm.");
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new SlaException("calendar.hours", e.getMessage(), e);
        }
    }
}
