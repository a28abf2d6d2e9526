package io.casedesk.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A half-open stretch of time [start, end): working time once resolved from wall-clock hours. */
record Segment(Instant start, Instant end) {

    Duration length() {
        return Duration.between(start, end);
    }

    boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    boolean isEmpty() {
        return !end.isAfter(start);
    }

    /** What is left of this segment once {@code cut} is taken out: zero, one or two pieces. */
    List<Segment> minus(Segment cut) {
        if (!cut.start.isBefore(end) || !cut.end.isAfter(start)) {
            return List.of(this);
        }
        List<Segment> left = new ArrayList<>(2);
        if (cut.start.isAfter(start)) {
            left.add(new Segment(start, cut.start));
        }
        if (cut.end.isBefore(end)) {
            left.add(new Segment(cut.end, end));
        }
        return left;
    }
}
