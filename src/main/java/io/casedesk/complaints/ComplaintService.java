package io.casedesk.complaints;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.InvalidCaseValueException;
import io.casedesk.complaints.process.ComplaintProcessStarter;
import io.casedesk.customers.ContactRole;
import io.casedesk.escalation.EscalationNotice.RecipientKind;
import io.casedesk.escalation.EscalationNotice;
import io.casedesk.escalation.EscalationNotices;

/**
 * Policy E's complaints and feedback: a customer files one (about a case they may see, or in
 * general), the complaint process takes it from there; filer and staff follow it here.
 */
@Service
@Transactional
public class ComplaintService {

    private final Complaints complaints;
    private final CaseService cases;
    private final EscalationNotices notices;
    private final ComplaintProcessStarter process;
    private final Clock clock;

    ComplaintService(Complaints complaints, CaseService cases, EscalationNotices notices, ComplaintProcessStarter process,
            Clock clock) {
        this.complaints = complaints;
        this.cases = cases;
        this.notices = notices;
        this.process = process;
        this.clock = clock;
    }

    public ComplaintView file(CaseAccess.Customer customer, ComplaintKind kind, String subject, String description,
            String caseNumber) {
        if (kind == null) {
            throw new InvalidCaseValueException("kind", "Say whether this is a COMPLAINT or FEEDBACK.");
        }
        if (subject == null || subject.isBlank()) {
            throw new InvalidCaseValueException("subject", "Give a short subject.");
        }
        if (description == null || description.isBlank()) {
            throw new InvalidCaseValueException("description", "Tell us what happened.");
        }
        Long caseId = caseNumber == null || caseNumber.isBlank() ? null : cases.get(caseNumber.strip(), customer).getId();
        var contact = customer.contact();
        Complaint complaint = complaints.saveAndFlush(new Complaint(kind, contact.organisationId(), contact.contactId(),
                contact.email(), caseId, subject.strip(), description, clock.instant()));
        complaint.attachProcess(process.start(complaint.getId(), kind));
        return view(complaint, customer);
    }

    @Transactional(readOnly = true)
    public ComplaintView get(long id, CaseAccess access) {
        return view(complaints.findById(id).filter(c -> maySee(c, access))
                .orElseThrow(() -> new ComplaintNotFoundException(id)), access);
    }

    @Transactional(readOnly = true)
    public List<ComplaintView> list(CaseAccess access) {
        List<Complaint> found;
        if (access instanceof CaseAccess.Customer customer) {
            var contact = customer.contact();
            found = contact.role() == ContactRole.DESIGNATED
                    ? complaints.findByOrganisationIdOrderByFiledAtDesc(contact.organisationId())
                    : complaints.findByContactIdOrderByFiledAtDesc(contact.contactId());
        } else {
            found = complaints.findAllByOrderByFiledAtDesc();
        }
        return found.stream().map(c -> view(c, access)).toList();
    }

    private static boolean maySee(Complaint complaint, CaseAccess access) {
        if (access instanceof CaseAccess.Customer customer) {
            var contact = customer.contact();
            return contact.contactId().equals(complaint.getContactId())
                    || contact.role() == ContactRole.DESIGNATED && contact.organisationId().equals(complaint.getOrganisationId());
        }
        return true;
    }

    private ComplaintView view(Complaint c, CaseAccess access) {
        boolean customer = access instanceof CaseAccess.Customer;
        List<ComplaintView.Message> messages = notices.findByComplaintIdOrderByCreatedAtAscIdAsc(c.getId()).stream()
                .filter(n -> !customer || n.getRecipientKind() == RecipientKind.CUSTOMER)
                .map((EscalationNotice n) -> new ComplaintView.Message(n.getCreatedAt(), n.getRecipient(), n.getSubject(),
                        n.getBody()))
                .toList();
        return new ComplaintView(c.getId(), c.getKind().name(), c.getSubject(), c.getDescription(), c.getStatus().name(),
                "Your %s is %s.".formatted(c.getKind() == ComplaintKind.COMPLAINT ? "complaint" : "feedback",
                        c.getStatus().words()),
                c.getCaseId(), c.getFiledAt(), c.getAcknowledgeDue(), c.getAcknowledgedAt(), c.getUpdatesSent(),
                c.getOutcome(), c.getResolved(), c.getOutcomeAt(), c.getArbitration(), c.getArbitratedAt(), messages);
    }
}
