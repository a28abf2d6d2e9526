package io.casedesk.cases;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import io.casedesk.customers.CustomerDirectory;
import io.casedesk.customers.CustomerView;

/**
 * Stores a new case after checking entitlement and the values the policy allows. Used by intake
 * (through {@link CaseActions#open}) and by the phone-call start form; the process is started or
 * already running, so this never starts one itself.
 */
@Component
class CaseRegistration {

    private final Cases cases;
    private final CaseNumbers numbers;
    private final CustomerDirectory customers;
    private final CasesProperties properties;
    private final CaseChoices choices;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CaseRegistration(Cases cases, CaseNumbers numbers, CustomerDirectory customers, CasesProperties properties,
            CaseChoices choices, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.choices = choices;
        this.events = events;
        this.cases = cases;
        this.numbers = numbers;
        this.customers = customers;
        this.properties = properties;
        this.clock = clock;
    }

    Case register(NewCase request, Actor by) {
        CustomerView requester = request.requester();
        Long organisationId = request.organisationId() == null ? requester.organisationId() : request.organisationId();
        if (!requester.mayOpenFor(organisationId)) {
            throw new NotEntitledException(requester.email() + " may not open cases for that organisation.");
        }
        var organisation = customers.organisation(organisationId)
                .orElseThrow(() -> new NotEntitledException("Unknown organisation " + organisationId + "."));
        if (!organisation.entitled()) {
            throw new NotEntitledException(organisation.name()
                    + " has no valid support contract on a supported version; please contact your account manager.");
        }
        CaseDraft draft = request.draft();
        choices.require(ChoiceList.CATEGORY, "category", draft.category());
        choices.require(ChoiceList.PRIORITY, "priority", draft.priority());
        Instant now = clock.instant();
        Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        if (receivedAt.isAfter(now.plusSeconds(60))) {
            throw new InvalidCaseValueException("receivedAt", "The time a case was received cannot be in the future.");
        }
        // A case dated far back would start with every SLA target breached and escalate at once.
        if (receivedAt.isBefore(now.minus(properties.maxReceivedAge()))) {
            throw new InvalidCaseValueException("receivedAt", "A case can be logged at most %d days after it was received."
                    .formatted(properties.maxReceivedAge().toDays()));
        }
        var contact = new Requester(requester.contactId(), requester.name(), requester.email(), requester.phone());
        Case created = cases.saveAndFlush(new Case(numbers.next(), draft, organisationId, contact, receivedAt));
        created.recordReceived(by);
        events.publishEvent(new CaseOpened(created.getId(), created.getNumber(), created.getChannel()));
        return created;
    }
}
