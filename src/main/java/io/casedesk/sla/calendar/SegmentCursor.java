package io.casedesk.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Walks working time forward from an instant, one stretch at a time, generating days only as it
 * needs them. Stretches come out in order, never overlap, and never start before the instant the
 * walk began at (a stretch already running then is cut to start there).
 */
final class SegmentCursor {

    private final Timeline timeline;
    private final LocalDate lastDate;
    private final PriorityQueue<Segment> pending = new PriorityQueue<>(Comparator.comparing(Segment::start));
    private final Instant from;
    private LocalDate nextDate;
    private Instant reached;

    SegmentCursor(Timeline timeline, Instant from, LocalDate lastDate) {
        this.timeline = timeline;
        this.lastDate = lastDate;
        this.from = from;
        // A night shift that began yesterday may still be running.
        this.nextDate = timeline.dateOf(from).minusDays(1);
        this.reached = from;
    }

    /** The next stretch of working time, or null once the walk has gone past its last date. */
    Segment next() {
        while (true) {
            // Days after nextDate start later than the earliest pending stretch, so it is safe to emit.
            while ((pending.isEmpty() || !timeline.startOf(nextDate).isAfter(pending.peek().start()))
                    && !nextDate.isAfter(lastDate)) {
                pending.addAll(timeline.segmentsOf(nextDate));
                nextDate = nextDate.plusDays(1);
            }
            Segment segment = pending.poll();
            if (segment == null) {
                return null;
            }
            if (!segment.end().isAfter(reached)) {
                continue;
            }
            Segment stretch = segment.start().isBefore(reached) ? new Segment(reached, segment.end()) : segment;
            reached = segment.end();
            return stretch;
        }
    }

    Segment nextOrThrow() {
        Segment segment = next();
        if (segment == null) {
            throw timeline.noWorkingTimeAfter(from);
        }
        return segment;
    }
}
