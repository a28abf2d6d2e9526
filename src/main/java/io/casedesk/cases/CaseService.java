package io.casedesk.cases;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.cases.process.CaseLifecycle;
import io.casedesk.cases.process.CaseProcess;

/**
 * Reading cases and their conversation, and adding to it. A customer's reply to a Pending case is
 * also the signal that moves it back to In Progress. (Named explicitly: Camunda already has a
 * {@code caseService} bean, for CMMN.)
 */
@Service("supportCaseService")
@Transactional
public class CaseService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CaseService.class);

    private final Cases cases;
    private final CaseMessages messages;
    private final CaseAttachments attachments;
    private final AttachmentContents contents;
    private final AttachmentPolicy attachmentPolicy;
    private final CaseProcess process;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CaseService(Cases cases, CaseMessages messages, CaseAttachments attachments, AttachmentContents contents,
            AttachmentPolicy attachmentPolicy, CaseProcess process, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.contents = contents;
        this.cases = cases;
        this.messages = messages;
        this.attachments = attachments;
        this.attachmentPolicy = attachmentPolicy;
        this.process = process;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Case get(String number, CaseAccess access) {
        Case supportCase = cases.findByNumber(number).filter(access::maySee)
                .orElseThrow(() -> new CaseNotFoundException(number));
        supportCase.loadHistory();
        return supportCase;
    }

    /** Like {@link #get}, holding the case's row for the rest of the transaction: for changes. */
    Case getForChange(String number, CaseAccess access) {
        Case supportCase = cases.lockByNumber(number).filter(access::maySee)
                .orElseThrow(() -> new CaseNotFoundException(number));
        supportCase.loadHistory();
        return supportCase;
    }

    @Transactional(readOnly = true)
    public Page<Case> search(CaseSearch search, CaseAccess access, Pageable page) {
        Specification<Case> specification = search.toSpecification();
        if (access instanceof CaseAccess.Customer customer) {
            specification = specification.and(CaseSearch.visibleTo(customer.contact()));
        }
        return cases.findAll(specification, page);
    }

    /**
     * A case by its id, for code acting on one of its events (the mail outbox writing a notice). No
     * access check: the caller is the system itself, never a request.
     */
    public Case byId(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException("#" + caseId));
    }

    /** A public reply of a case by its id, for the same callers as {@link #byId}; internal notes are never found. */
    public java.util.Optional<CaseMessage> publicMessage(long caseId, long messageId) {
        return messages.findById(messageId).filter(m -> m.getCaseId() == caseId && m.isPublic());
    }

    /** A case's public replies, oldest first, for the same callers as {@link #byId}. */
    public List<CaseMessage> publicConversation(long caseId) {
        return messages.findByCaseIdAndVisibilityOrderByCreatedAtAscIdAsc(caseId, MessageVisibility.PUBLIC);
    }

    /** Staff see the whole conversation; customers only public replies. */
    @Transactional(readOnly = true)
    public List<CaseMessage> conversation(Case supportCase, CaseAccess access) {
        return access instanceof CaseAccess.Staff
                ? messages.findByCaseIdOrderByCreatedAtAscIdAsc(supportCase.getId())
                : messages.findByCaseIdAndVisibilityOrderByCreatedAtAscIdAsc(supportCase.getId(), MessageVisibility.PUBLIC);
    }

    /** A stored reply, and whether its case still has to catch up with it (see {@link #postReply}). */
    public record PostedReply(CaseMessage message, boolean caseCatchesUpLater) {
    }

    public CaseMessage reply(String number, CaseAccess access, Channel channel, String body) {
        return postReply(number, access, channel, body).message();
    }

    /**
     * Stores a reply. A customer's reply to a Pending case also moves the case back to In Progress:
     * at once when its lifecycle waits for it, otherwise (instance suspended or gone) the reply is
     * kept all the same and handed to the job executor, which retries and, failing that, raises an
     * incident. A customer's message is never refused because of the engine's state.
     */
    public PostedReply postReply(String number, CaseAccess access, Channel channel, String body) {
        Case supportCase = getForChange(number, access);
        if (supportCase.isClosed()) {
            throw new IllegalCaseTransitionException(number, supportCase.getStatus(), "take new replies; open a new case");
        }
        CaseMessage message = messages.save(new CaseMessage(supportCase.getId(), MessageVisibility.PUBLIC,
                access.actor(), channel, body, clock.instant()));
        if (access instanceof CaseAccess.Staff) {
            events.publishEvent(new CaseReplyPosted(supportCase.getId(), supportCase.getNumber(), message.getId()));
        }
        if (!(access instanceof CaseAccess.Customer) || supportCase.getStatus() != CaseStatus.PENDING) {
            return new PostedReply(message, false);
        }
        var notNow = process.whyNotWaitingFor(supportCase, CaseLifecycle.Messages.CUSTOMER_REPLIED);
        if (notNow.isPresent()) {
            log.warn("Case {}: reply {} stored; the case catches up later because {}", number, message.getId(),
                    notNow.get());
            process.deliverLater(supportCase, message.getId());
            return new PostedReply(message, true);
        }
        process.correlate(supportCase, CaseLifecycle.Messages.CUSTOMER_REPLIED, access.actor(),
                java.util.Map.of(CaseLifecycle.Vars.REASON, "Customer replied"), "take the customer's reply");
        return new PostedReply(message, false);
    }

    public CaseMessage addInternalNote(String number, CaseAccess.Staff staff, String body) {
        Case supportCase = get(number, staff);
        return messages.save(new CaseMessage(supportCase.getId(), MessageVisibility.INTERNAL, staff.actor(),
                Channel.API, body, clock.instant()));
    }

    /**
     * Records on the case that mail about it could not be delivered (a delivery status notification
     * came back): an internal note by Casedesk, so staff see that the customer may not have heard.
     */
    public CaseMessage recordDeliveryFailure(String number, String recipient, String diagnostic) {
        Case supportCase = cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
        String note = "Mail delivery failed" + (recipient == null ? "" : " to " + recipient)
                + (diagnostic == null ? "." : ": " + diagnostic);
        return messages.save(new CaseMessage(supportCase.getId(), MessageVisibility.INTERNAL, Actor.SYSTEM, Channel.EMAIL,
                note, clock.instant()));
    }

    public CaseAttachment attach(String number, CaseAccess access, String originalName, byte[] content, boolean internal) {
        Case supportCase = get(number, access);
        if (internal && !(access instanceof CaseAccess.Staff)) {
            throw new CaseException("Only staff can add internal attachments.");
        }
        var checked = attachmentPolicy.check(originalName, content);
        CaseAttachment attachment = attachments.saveAndFlush(new CaseAttachment(supportCase.getId(), checked.fileName(),
                checked.contentType(), content.length, internal, access.actor(), clock.instant()));
        contents.save(new AttachmentContent(attachment.getId(), content));
        return attachment;
    }

    @Transactional(readOnly = true)
    public List<CaseAttachment> attachments(Case supportCase, CaseAccess access) {
        return attachments.findByCaseIdOrderByUploadedAtAsc(supportCase.getId()).stream()
                .filter(a -> !a.isInternal() || access instanceof CaseAccess.Staff)
                .toList();
    }

    /** An attachment with its bytes, for a download. */
    public record Download(CaseAttachment attachment, byte[] content) {
    }

    @Transactional(readOnly = true)
    public Download download(String number, long attachmentId, CaseAccess access) {
        CaseAttachment attachment = attachment(number, attachmentId, access);
        byte[] content = contents.findById(attachment.getId()).map(AttachmentContent::getContent)
                .orElseThrow(() -> new CaseNotFoundException(number + " attachment " + attachmentId));
        return new Download(attachment, content);
    }

    @Transactional(readOnly = true)
    public CaseAttachment attachment(String number, long attachmentId, CaseAccess access) {
        Case supportCase = get(number, access);
        return attachments.findByIdAndCaseId(attachmentId, supportCase.getId())
                .filter(a -> !a.isInternal() || access instanceof CaseAccess.Staff)
                .orElseThrow(() -> new CaseNotFoundException(number + " attachment " + attachmentId));
    }
}
