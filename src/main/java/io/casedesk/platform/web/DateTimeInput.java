package io.casedesk.platform.web;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/**
 * An instant as people and systems send it to the API: ISO-8601 local date-time with an offset
 * ({@code 2026-12-04T16:00:00-06:00}, {@code …Z}), a zone id ({@code 2026-12-04T16:00:00[America/Chicago]}),
 * or both. A date-time with neither is refused: it names no instant, and guessing the server's zone
 * would put a case hours off.
 */
public final class DateTimeInput {

    /** What every refusal suggests instead. */
    public static final String EXAMPLES = "2026-12-04T16:00:00-06:00, 2026-12-04T22:00:00Z or 2026-12-04T16:00:00[America/Chicago]";

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
            .toFormatter();

    private DateTimeInput() {
    }

    /**
     * The instant with the offset it had there. A zone id alone takes the zone's offset at that
     * local time (in a daylight-saving gap the clock moves forward, in an overlap the earlier offset
     * wins); an offset and a zone must agree.
     *
     * @throws DateTimeException with a message a person can act on
     */
    public static OffsetDateTime parse(String text) {
        String input = text == null ? "" : text.strip();
        TemporalAccessor parsed;
        try {
            parsed = FORMAT.parse(input);
        } catch (DateTimeParseException e) {
            throw new DateTimeException("\"%s\" is not a date-time with an offset or zone; write e.g. %s."
                    .formatted(input, EXAMPLES));
        }
        LocalDateTime local = LocalDateTime.from(parsed);
        ZoneOffset offset = parsed.query(TemporalQueries.offset());
        ZoneId zone = parsed.query(TemporalQueries.zoneId());
        if (zone instanceof ZoneOffset) {
            zone = null;
        }
        if (offset == null && zone == null) {
            throw new DateTimeException("\"%s\" has no offset or zone: it needs an offset or zone to name an instant, e.g. %s."
                    .formatted(input, EXAMPLES));
        }
        if (zone == null) {
            return OffsetDateTime.of(local, offset);
        }
        if (offset != null && !zone.getRules().isValidOffset(local, offset)) {
            throw new DateTimeException("\"%s\": %s is not the offset of %s at that time.".formatted(input, offset, zone));
        }
        return ZonedDateTime.ofLocal(local, zone, offset).toOffsetDateTime();
    }
}
