package io.casedesk.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service-level target as process owners write it in DMN tables ("2 business hours", "1 working
 * day", "1 month", "end of first working day"), and the instant it falls due on a calendar.
 *
 * <p>Values are equal when they mean the same: "60 minutes", "1 hour" and "PT1H" are one value,
 * printed as "1 business hour".
 */
public final class SlaDuration {

    static final String ACCEPTED_FORMS = "\"30 minutes\", \"1 hour\", \"8 business hours\","
            + " \"2 working hours\", \"PT30M\" (ISO-8601, business time), \"1 working day\","
            + " \"3 business days\", \"1 week\", \"2 weeks\", \"1 month\", \"end of first working day\","
            + " \"by the Work Order date\" (a date the case carries), \"by 2026-12-31\"";

    private static final Pattern AMOUNT_AND_UNIT = Pattern.compile(
            "(\\d{1,6})\\s*((?:business|working)\\s+)?(minute|hour|day|week|month)s?");
    private static final Pattern END_OF_FIRST_DAY = Pattern.compile(
            "end\\s+of\\s+(?:the\\s+)?first\\s+(?:working|business)\\s+day");
    private static final Pattern BY_WORK_ORDER_DATE = Pattern.compile("by\\s+(?:the\\s+)?work\\s+order\\s+date");
    private static final Pattern BY_DATE = Pattern.compile("by\\s+(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ISO_TIME = Pattern.compile("pt[0-9hms.]+");

    private enum Kind { BUSINESS_TIME, WORKING_DAYS, WEEKS, MONTHS, END_OF_FIRST_WORKING_DAY, BY_WORK_ORDER_DATE, BY_DATE }

    private final Kind kind;
    /** Minutes of business time, the number of days, weeks or months, or the epoch day of a date. */
    private final long amount;

    private SlaDuration(Kind kind, long amount) {
        this.kind = kind;
        this.amount = amount;
    }

    public static SlaDuration businessTime(Duration duration) {
        if (duration.isNegative() || duration.isZero() || duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
            throw new IllegalArgumentException("An SLA duration is a positive whole number of minutes: " + duration);
        }
        return new SlaDuration(Kind.BUSINESS_TIME, duration.toMinutes());
    }

    public static SlaDuration businessMinutes(long minutes) {
        return businessTime(Duration.ofMinutes(minutes));
    }

    public static SlaDuration businessHours(long hours) {
        return businessTime(Duration.ofHours(hours));
    }

    public static SlaDuration workingDays(int days) {
        return new SlaDuration(Kind.WORKING_DAYS, positive(days, "working days"));
    }

    public static SlaDuration weeks(int weeks) {
        return new SlaDuration(Kind.WEEKS, positive(weeks, "weeks"));
    }

    public static SlaDuration months(int months) {
        return new SlaDuration(Kind.MONTHS, positive(months, "months"));
    }

    public static SlaDuration endOfFirstWorkingDay() {
        return new SlaDuration(Kind.END_OF_FIRST_WORKING_DAY, 0);
    }

    /** A target counted to a date the case carries (policy A: "per Work Order date"), not yet known. */
    public static SlaDuration byWorkOrderDate() {
        return new SlaDuration(Kind.BY_WORK_ORDER_DATE, 0);
    }

    /** Due at the end of that date (midnight after it) in the calendar's zone. */
    public static SlaDuration byDate(LocalDate date) {
        return new SlaDuration(Kind.BY_DATE, date.toEpochDay());
    }

    /** True for "by the Work Order date": it needs the case's date before it can fall due. */
    public boolean needsWorkOrderDate() {
        return kind == Kind.BY_WORK_ORDER_DATE;
    }

    /** This duration for a case with that Work Order date: the date itself when this waits for one. */
    public SlaDuration forWorkOrderDate(LocalDate date) {
        return needsWorkOrderDate() ? byDate(date) : this;
    }

    /**
     * Reads the text of a DMN cell, case-insensitively; see {@link #ACCEPTED_FORMS}. A bare
     * "2 days" is refused: calendar days and working days differ too much to guess.
     */
    public static SlaDuration parse(String text) {
        if (text == null) {
            throw new UnrecognisedSlaDurationException(null, ACCEPTED_FORMS);
        }
        String normalised = text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (END_OF_FIRST_DAY.matcher(normalised).matches()) {
            return endOfFirstWorkingDay();
        }
        if (BY_WORK_ORDER_DATE.matcher(normalised).matches()) {
            return byWorkOrderDate();
        }
        Matcher date = BY_DATE.matcher(normalised);
        if (date.matches()) {
            try {
                return byDate(LocalDate.parse(date.group(1)));
            } catch (DateTimeParseException e) {
                throw new UnrecognisedSlaDurationException(text, ACCEPTED_FORMS);
            }
        }
        if (ISO_TIME.matcher(normalised).matches()) {
            return parseIso(text, normalised);
        }
        Matcher matcher = AMOUNT_AND_UNIT.matcher(normalised);
        if (!matcher.matches()) {
            throw new UnrecognisedSlaDurationException(text, ACCEPTED_FORMS);
        }
        int amount = Integer.parseInt(matcher.group(1));
        boolean business = matcher.group(2) != null;
        if (amount == 0) {
            throw new UnrecognisedSlaDurationException(text, ACCEPTED_FORMS);
        }
        return switch (matcher.group(3)) {
            case "minute" -> businessMinutes(amount);
            case "hour" -> businessHours(amount);
            case "day" -> {
                if (!business) {
                    throw new UnrecognisedSlaDurationException(text, ACCEPTED_FORMS);
                }
                yield workingDays(amount);
            }
            // Weeks and months are calendar periods; "business weeks" would promise what they are not.
            case "week" -> calendarPeriod(business, text, weeks(amount));
            default -> calendarPeriod(business, text, months(amount));
        };
    }

    private static SlaDuration parseIso(String text, String normalised) {
        try {
            return businessTime(Duration.parse(normalised.toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new UnrecognisedSlaDurationException(text, ACCEPTED_FORMS);
        }
    }

    private static SlaDuration calendarPeriod(boolean business, String text, SlaDuration period) {
        if (business) {
            throw new UnrecognisedSlaDurationException(text, ACCEPTED_FORMS);
        }
        return period;
    }

    private static int positive(int amount, String unit) {
        if (amount <= 0) {
            throw new IllegalArgumentException("An SLA duration needs a positive number of " + unit + ": " + amount);
        }
        return amount;
    }

    /**
     * When a target of this length, with the clock started at {@code start}, falls due. Business
     * time and working days count from the next working instant; weeks and months are calendar
     * periods in the calendar's zone from {@code start}, whatever the hours; a date is due when it
     * ends in the calendar's zone, whenever the clock started.
     */
    public Instant dueFrom(BusinessCalendar calendar, Instant start) {
        return switch (kind) {
            case BUSINESS_TIME -> calendar.add(start, Duration.ofMinutes(amount));
            case WORKING_DAYS -> calendar.addWorkingDays(start, (int) amount);
            case WEEKS -> start.atZone(calendar.zone()).plusWeeks(amount).toInstant();
            case MONTHS -> start.atZone(calendar.zone()).plusMonths(amount).toInstant();
            case END_OF_FIRST_WORKING_DAY -> calendar.endOfWorkingDay(start);
            case BY_DATE -> LocalDate.ofEpochDay(amount).plusDays(1).atStartOfDay(calendar.zone()).toInstant();
            case BY_WORK_ORDER_DATE -> throw new IllegalStateException(
                    "\"by the Work Order date\" falls due only once the case has a Work Order date");
        };
    }

    /** The canonical text, which {@link #parse(String)} reads back to an equal value. */
    @Override
    public String toString() {
        return switch (kind) {
            case BUSINESS_TIME -> amount % 60 == 0
                    ? count(amount / 60, "business hour")
                    : count(amount, "business minute");
            case WORKING_DAYS -> count(amount, "working day");
            case WEEKS -> count(amount, "week");
            case MONTHS -> count(amount, "month");
            case END_OF_FIRST_WORKING_DAY -> "end of first working day";
            case BY_WORK_ORDER_DATE -> "by the Work Order date";
            case BY_DATE -> "by " + LocalDate.ofEpochDay(amount);
        };
    }

    private static String count(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlaDuration that && kind == that.kind && amount == that.amount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, amount);
    }
}
