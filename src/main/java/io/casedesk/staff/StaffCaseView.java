package io.casedesk.staff;

import java.util.List;

/**
 * Everything the staff case page shows, as plain text ready to print. The template escapes all of it
 * ({@code th:text}); nothing here is markup.
 */
record StaffCaseView(Header header, String description, List<Entry> conversation, List<File> attachments,
        List<StatusLine> statusHistory, List<PriorityLine> priorityHistory, Escalation escalation,
        List<Clock> clocks, boolean closed) {

    record Header(String number, String subject, String status, String priority, String priorityNote,
            String category, String owner, String customerName, String customerEmail, String customerPhone,
            String organisation, String tier, String organisationZone, String channel, String environment,
            String product, String productVersion, String operatingSystem, Stamp received, Stamp firstResponse,
            Stamp resolved, Stamp closed, Stamp holdUntil, String resolution) {
    }

    /** One message of the conversation; {@code internal} ones are notes the customer never sees. */
    record Entry(long id, boolean internal, String author, String authorKind, String channel, Stamp at, String body) {
    }

    record File(long id, String name, String size, String type, boolean internal, String uploadedBy, Stamp at) {
    }

    record StatusLine(Stamp at, String from, String to, String by, String reason) {
    }

    record PriorityLine(Stamp at, String from, String to, String by, String reason) {
    }

    /** @param current null when no ladder runs */
    record Escalation(Current current, List<Step> steps) {
    }

    record Current(String level, String title, String group, String assignee, Stamp since, Stamp respondBy) {
    }

    record Step(Stamp at, String what, String level, String by, String reason, String detail) {
    }

    /**
     * One SLA target.
     *
     * @param state      running, paused, met, breached or retired
     * @param dueOnCalendar the due time on the wall clock of the target's calendar, zone named
     */
    record Clock(String target, String state, String duration, String calendar, String zone, Stamp started,
            Stamp due, String dueOnCalendar, Stamp warning, String left, Stamp stopped) {
    }
}
