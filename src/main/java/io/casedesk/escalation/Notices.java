package io.casedesk.escalation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.casedesk.escalation.EscalationNotice.RecipientKind;

/** Writes the notices of who must be told, in the words they will read. */
@Component
class Notices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final EscalationNotices notices;

    Notices(EscalationNotices notices) {
        this.notices = notices;
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    void toStaff(long caseId, EscalationEventKind kind, String group, String user, String subject, String body,
            Instant at) {
        if (user != null) {
            notices.save(new EscalationNotice(caseId, null, kind.name(), RecipientKind.USER, user, subject, body, at));
        } else {
            notices.save(new EscalationNotice(caseId, null, kind.name(), RecipientKind.GROUP, group, subject, body, at));
        }
    }

    void toCustomer(long caseId, EscalationEventKind kind, String email, String subject, String body, Instant at) {
        notices.save(new EscalationNotice(caseId, null, kind.name(), RecipientKind.CUSTOMER, email, subject, body, at));
    }
}
