package io.casedesk.intake;

import java.util.List;

import org.springframework.stereotype.Component;

import io.casedesk.cases.BusinessImpact;
import io.casedesk.cases.CaseDraft;
import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.CasesProperties;
import io.casedesk.cases.ChoiceList;
import io.casedesk.cases.Channel;
import io.casedesk.cases.Environment;

/**
 * A case as a mail reports it. Mail carries no category, priority or environment: the case gets the
 * configured intake category ({@code casedesk.intake.category}, else the first the policy knows), the
 * policy's lowest priority and environment OTHER; triage corrects them, and the lifecycle's priority
 * table runs as for every case.
 */
@Component
class CaseDrafts {

    static final String NO_SUBJECT = "(no subject)";
    static final String NO_TEXT = "(The mail had no text.)";

    private final CasesProperties cases;
    private final CaseChoices choices;
    private final IntakeProperties intake;

    CaseDrafts(CasesProperties cases, CaseChoices choices, IntakeProperties intake) {
        this.cases = cases;
        this.choices = choices;
        this.intake = intake;
    }

    CaseDraft draft(String subject, String text) {
        // The active policy set's categories (processes/case-choices.dmn): the configured one if it has it.
        List<String> categories = choices.values(ChoiceList.CATEGORY);
        String category = categories.contains(intake.category()) ? intake.category() : categories.get(0);
        return new CaseDraft(IntakeText.cut(subject == null || subject.isBlank() ? NO_SUBJECT : subject, 300),
                body(text), category, cases.lowestPriority(), Environment.OTHER, null, null, null, BusinessImpact.NONE,
                Channel.EMAIL);
    }

    static String body(String text) {
        return text == null || text.isBlank() ? NO_TEXT : text;
    }

    long maxAttachmentBytes() {
        return cases.maxAttachmentSize().toBytes();
    }
}
