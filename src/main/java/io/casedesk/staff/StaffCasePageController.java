package io.casedesk.staff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseException;
import io.casedesk.cases.CaseNotFoundException;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.Channel;
import io.casedesk.cases.IllegalCaseTransitionException;
import io.casedesk.cases.InvalidCaseValueException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The staff case page: the whole case on one page, and forms to reply to the customer, add an
 * internal note and attach a file. Every form posts, then redirects back to the page (a reload never
 * posts twice); input the case refuses shows on the page with what was typed.
 */
@Controller
@RequestMapping("/staff/cases/{number}")
class StaffCasePageController {

    static final String PAGE = "staff/case";
    static final int MAX_MESSAGE_LENGTH = 100_000;

    private final CaseService cases;
    private final StaffCasePages pages;
    private final String uploadLimit;

    StaffCasePageController(CaseService cases, StaffCasePages pages, MultipartProperties multipart) {
        this.cases = cases;
        this.pages = pages;
        this.uploadLimit = multipart.getMaxFileSize().toMegabytes() + " MB";
    }

    /** What a reply or a note form sends. */
    record MessageForm(
            @NotBlank(message = "Write something before sending.")
            @Size(max = MAX_MESSAGE_LENGTH, message = "At most 100,000 characters.") String body) {
    }

    @InitBinder({ "reply", "note" })
    void onlyTheBody(WebDataBinder binder) {
        binder.setAllowedFields("body");
    }

    @GetMapping
    String show(@PathVariable String number, Principal user, Model model) {
        return page(number, user, model);
    }

    @PostMapping("/replies")
    String reply(@PathVariable String number, @Valid @ModelAttribute("reply") MessageForm form, BindingResult errors,
            Principal user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return refused(number, user, model, response, HttpStatus.BAD_REQUEST, "replyError", firstError(errors));
        }
        try {
            cases.reply(number, staff(user), Channel.API, lines(form.body()));
        } catch (CaseNotFoundException e) {
            throw e;
        } catch (CaseException e) {
            return refused(number, user, model, response, statusOf(e), "replyError", e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Your reply was added to the conversation; the customer sees it.");
        return "redirect:/staff/cases/{number}";
    }

    @PostMapping("/notes")
    String note(@PathVariable String number, @Valid @ModelAttribute("note") MessageForm form, BindingResult errors,
            Principal user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return refused(number, user, model, response, HttpStatus.BAD_REQUEST, "noteError", firstError(errors));
        }
        try {
            cases.addInternalNote(number, staff(user), lines(form.body()));
        } catch (CaseNotFoundException e) {
            throw e;
        } catch (CaseException e) {
            return refused(number, user, model, response, statusOf(e), "noteError", e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Your internal note was added; customers never see it.");
        return "redirect:/staff/cases/{number}";
    }

    @PostMapping("/attachments")
    String attach(@PathVariable String number, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "internal", defaultValue = "false") boolean internal, Principal user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(number, user, model, response, HttpStatus.BAD_REQUEST, "attachError",
                    "Choose a file that is not empty.");
        }
        String name;
        try {
            name = cases.attach(number, staff(user), file.getOriginalFilename(), file.getBytes(), internal).getFileName();
        } catch (CaseNotFoundException e) {
            throw e;
        } catch (CaseException e) {
            return refused(number, user, model, response, statusOf(e), "attachError", e.getMessage());
        }
        redirect.addFlashAttribute("notice", (internal ? "Internal file " : "File ") + name + " was attached.");
        return "redirect:/staff/cases/{number}";
    }

    /**
     * An upload over the server's limits ({@code spring.servlet.multipart.*}, read lazily so that it
     * fails here): the page again, saying so. Nothing was stored.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, Principal user, Model model, HttpServletResponse response) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return refused(variables.get("number"), user, model, response, HttpStatus.PAYLOAD_TOO_LARGE, "attachError",
                "The file is larger than the server accepts (%s per file); nothing was attached.".formatted(uploadLimit));
    }

    /**
     * An attachment as a download only: never shown inline, never sniffed; its stored type (sniffed
     * from the bytes on upload) is passed on only where no browser runs it.
     */
    @GetMapping("/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id, Principal user) {
        var download = cases.download(number, id, staff(user));
        return ResponseEntity.ok()
                .contentType(SafeContentTypes.forDownload(download.attachment().getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.attachment().getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(download.content());
    }

    private String page(String number, Principal user, Model model) {
        model.addAttribute("page", pages.view(number, staff(user)));
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", new MessageForm(""));
        }
        if (!model.containsAttribute("note")) {
            model.addAttribute("note", new MessageForm(""));
        }
        return PAGE;
    }

    /** The page again, with what was typed and why it was refused. */
    private String refused(String number, Principal user, Model model, HttpServletResponse response, HttpStatus status,
            String errorAttribute, String message) {
        response.setStatus(status.value());
        model.addAttribute(errorAttribute, message);
        return page(number, user, model);
    }

    private static HttpStatus statusOf(CaseException e) {
        if (e instanceof InvalidCaseValueException) {
            return HttpStatus.BAD_REQUEST;
        }
        return e instanceof IllegalCaseTransitionException ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
    }

    private static String firstError(BindingResult errors) {
        var error = errors.getFieldError("body");
        return error == null || error.getDefaultMessage() == null ? "The form was not complete." : error.getDefaultMessage();
    }

    /** Browsers send a textarea's line breaks as CR LF; stored as the other channels store them. */
    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    private static CaseAccess.Staff staff(Principal user) {
        return new CaseAccess.Staff(user.getName());
    }
}
