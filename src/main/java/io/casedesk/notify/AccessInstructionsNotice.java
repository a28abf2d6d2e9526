package io.casedesk.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.intake.AccessInstructionsDue;

/**
 * The one answer an unknown sender gets (intake decides when one is due: once per address and period,
 * never to automatic mail): the mail is kept for review, and how to be able to open cases by mail.
 * Queued in intake's transaction, so a mail held for review and its answer commit together.
 */
@Component
class AccessInstructionsNotice {

    static final String KIND = "ACCESS_INSTRUCTIONS";

    private final Outbox outbox;
    private final MailTemplates templates;
    private final CasedeskMailProperties mail;

    AccessInstructionsNotice(Outbox outbox, MailTemplates templates, CasedeskMailProperties mail) {
        this.outbox = outbox;
        this.templates = templates;
        this.mail = mail;
    }

    @EventListener
    void accessInstructionsDue(AccessInstructionsDue event) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", event.name() == null || event.name().isBlank() ? event.email() : event.name());
        model.put("subject", event.originalSubject() == null ? "" : event.originalSubject());
        model.put("team", mail.fromName());
        var rendered = templates.render("access-instructions", model);
        String subject = event.originalSubject() == null || event.originalSubject().isBlank()
                ? "Your message to support" : "Re: " + event.originalSubject();
        // Automatic (Auto-Submitted): an auto-responder on the other side answers it with nothing.
        outbox.enqueue(new Outbox.Mail(KIND, null, null, List.of(event.email()), subject, rendered.text(),
                rendered.html(), true, null));
    }
}
