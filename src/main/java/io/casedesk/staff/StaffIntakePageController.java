package io.casedesk.staff;

import java.security.Principal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.casedesk.cases.CaseException;
import io.casedesk.intake.InvalidReviewDecisionException;
import io.casedesk.intake.Quarantine;
import io.casedesk.intake.ReviewItemDecidedException;
import io.casedesk.intake.ReviewQueue;
import io.casedesk.intake.ReviewStatus;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Staff pages for mail intake: the review queue of mail from senders who may not open cases, one held
 * mail with the forms that decide it (a case for a chosen contact, or discard with a reason), and the
 * quarantine with the raw mails as downloads. Decisions go through {@link ReviewQueue}, as the API's do;
 * every form posts, then redirects (a reload never posts twice); a refusal shows on the page.
 */
@Controller
@RequestMapping("/staff/intake")
class StaffIntakePageController {

    static final String QUEUE = "staff/review-queue";
    static final String ITEM = "staff/review-item";
    static final String QUARANTINE = "staff/quarantine";

    private final ReviewQueue review;
    private final Quarantine quarantine;
    private final StaffIntakePages pages;

    StaffIntakePageController(ReviewQueue review, Quarantine quarantine, StaffIntakePages pages) {
        this.review = review;
        this.quarantine = quarantine;
        this.pages = pages;
    }

    /** What the open-a-case form sends: the chosen contact's address. */
    record OpenCaseForm(@NotBlank(message = "Choose the contact the case is for.") @Size(max = 254,
            message = "At most 254 characters.") String contactEmail) {
    }

    /** What the discard form sends. */
    record DiscardForm(@NotBlank(message = "Say why the mail is discarded.") @Size(max = 1000,
            message = "At most 1,000 characters.") String reason) {
    }

    @InitBinder("openCase")
    void onlyTheContact(WebDataBinder binder) {
        binder.setAllowedFields("contactEmail");
    }

    @InitBinder("discard")
    void onlyTheReason(WebDataBinder binder) {
        binder.setAllowedFields("reason");
    }

    @GetMapping("/review")
    String queue(@RequestParam(defaultValue = "OPEN") ReviewStatus status, @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("queue", pages.queue(status, page));
        return QUEUE;
    }

    @GetMapping("/review/{id}")
    String item(@PathVariable long id, @RequestParam(name = "contact", required = false) String search, Model model) {
        return itemPage(id, search, model);
    }

    @PostMapping("/review/{id}/case")
    String openCase(@PathVariable long id, @Valid @ModelAttribute("openCase") OpenCaseForm form, BindingResult errors,
            Principal user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return refused(id, form.contactEmail(), model, response, HttpStatus.BAD_REQUEST, "caseError",
                    firstError(errors));
        }
        String number;
        try {
            number = review.openCase(id, user.getName(), form.contactEmail());
        } catch (InvalidReviewDecisionException e) {
            return refused(id, form.contactEmail(), model, response, HttpStatus.BAD_REQUEST, "caseError", e.getMessage());
        } catch (ReviewItemDecidedException e) {
            return refused(id, null, model, response, HttpStatus.CONFLICT, "decisionError", e.getMessage());
        } catch (CaseException e) {
            // The contact may not open cases (no valid contract) or the case refused a value.
            return refused(id, form.contactEmail(), model, response, HttpStatus.UNPROCESSABLE_ENTITY, "caseError",
                    e.getMessage());
        }
        redirect.addFlashAttribute("notice",
                "Case %s was opened from held mail %d for %s.".formatted(number, id, form.contactEmail().strip()));
        redirect.addAttribute("number", number);
        return "redirect:/staff/cases/{number}";
    }

    @PostMapping("/review/{id}/discard")
    String discard(@PathVariable long id, @Valid @ModelAttribute("discard") DiscardForm form, BindingResult errors,
            Principal user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return refused(id, null, model, response, HttpStatus.BAD_REQUEST, "discardError", firstError(errors));
        }
        try {
            review.discard(id, user.getName(), form.reason());
        } catch (InvalidReviewDecisionException e) {
            return refused(id, null, model, response, HttpStatus.BAD_REQUEST, "discardError", e.getMessage());
        } catch (ReviewItemDecidedException e) {
            return refused(id, null, model, response, HttpStatus.CONFLICT, "decisionError", e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Held mail %d was discarded.".formatted(id));
        return "redirect:/staff/intake/review";
    }

    @GetMapping("/quarantine")
    String quarantine(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("quarantine", pages.quarantine(page));
        return QUARANTINE;
    }

    /** The quarantined mail byte for byte, as a download only: never shown inline, never sniffed. */
    @GetMapping("/quarantine/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("quarantined-" + id + ".eml").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(quarantine.raw(id));
    }

    private String itemPage(long id, String search, Model model) {
        var item = pages.item(id);
        model.addAttribute("item", item);
        if (item.open()) {
            String query = search == null ? StaffIntakePages.senderDomain(item.fromAddress()) : search.strip();
            model.addAttribute("contactSearch", query);
            model.addAttribute("contacts", pages.contacts(query));
            if (!model.containsAttribute("openCase")) {
                model.addAttribute("openCase", new OpenCaseForm(null));
            }
            if (!model.containsAttribute("discard")) {
                model.addAttribute("discard", new DiscardForm(""));
            }
        }
        return ITEM;
    }

    /** The held mail again, with what was chosen or typed and why it was refused. */
    private String refused(long id, String search, Model model, HttpServletResponse response, HttpStatus status,
            String errorAttribute, String message) {
        response.setStatus(status.value());
        model.addAttribute(errorAttribute, message);
        return itemPage(id, search, model);
    }

    private static String firstError(BindingResult errors) {
        var error = errors.getFieldError();
        return error == null || error.getDefaultMessage() == null ? "The form was not complete." : error.getDefaultMessage();
    }
}
