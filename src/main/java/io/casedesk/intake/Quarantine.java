package io.casedesk.intake;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mail kept whole because it could not be read or acted on, for staff to look at and download. */
@Service
@Transactional(readOnly = true)
public class Quarantine {

    private final QuarantinedMails mails;

    Quarantine(QuarantinedMails mails) {
        this.mails = mails;
    }

    public Page<QuarantineView> list(Pageable page) {
        return mails.list(page);
    }

    /** The mail exactly as it was taken from the mailbox. */
    public byte[] raw(Long id) {
        return mails.findById(id).map(QuarantinedMail::getRaw)
                .orElseThrow(() -> new IntakeItemNotFoundException("quarantined mail", id));
    }
}
