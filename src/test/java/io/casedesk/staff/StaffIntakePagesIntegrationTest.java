package io.casedesk.staff;

import static io.casedesk.staff.StaffCasePageIntegrationTest.between;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.casedesk.IntegrationTest;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseService;
import io.casedesk.intake.HeldMails;
import io.casedesk.intake.ReviewQueue;

/**
 * The staff pages for held mail over the whole application: the review queue, one held mail with its
 * decision forms, the quarantine. Mail arrives through mail intake as the poller delivers it.
 */
class StaffIntakePagesIntegrationTest extends IntegrationTest {

    static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewQueue review;
    @Autowired
    CaseService cases;
    @Autowired
    ProcessEngine engine;

    @Test
    void theQueueListsHeldMailNewestFirstWithSenderPreviewAndAttachments() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long older = hold("Olga Older", "Older mail " + tag, "First line.\n\nSecond   line.", Map.of());
        var files = new LinkedHashMap<String, byte[]>();
        files.put("log.txt", "boot failed".getBytes(StandardCharsets.UTF_8));
        files.put("screen.png", new byte[] { 1, 2, 3 });
        long newer = hold("Nina Newer", "Newer mail " + tag, "Please help: " + "word ".repeat(60), files);

        var page = mvc.perform(get("/staff/intake/review").session(staff("analyst"))).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).startsWith("text/html");
        String html = page.getContentAsString();
        assertThat(html.indexOf("Newer mail " + tag)).as("newest first").isPositive()
                .isLessThan(html.indexOf("Older mail " + tag));
        String newRow = between(html, "id=\"held-" + newer + "\"", "</tr>");
        assertThat(newRow).contains("Nina Newer", "nina-", "/staff/intake/review/" + newer, "Please help: word word",
                "…", "Waiting for a decision");
        assertThat(between(newRow, "class=\"attachments-count\"", "</td>")).contains(">2");
        String oldRow = between(html, "id=\"held-" + older + "\"", "</tr>");
        assertThat(oldRow).contains("Olga Older", "First line. Second line.");
        assertThat(between(oldRow, "class=\"attachments-count\"", "</td>")).contains(">0");
        // The navigation and the page's headers, as on the case page.
        assertThat(between(html, "id=\"staff-nav\"", "</nav>")).contains("/staff/intake/review", "/staff/intake/quarantine");
        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'none'").doesNotContain("unsafe-inline");

        // Decided items leave the waiting list and show under their own status.
        review.discard(older, "analyst", "Spam");
        assertThat(mvc.perform(get("/staff/intake/review").session(staff("analyst"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Older mail " + tag);
        assertThat(mvc.perform(get("/staff/intake/review").param("status", "DISCARDED").session(staff("analyst")))
                .andReturn().getResponse().getContentAsString()).contains("Older mail " + tag);
        assertThat(mvc.perform(get("/staff/intake/review").param("status", "<b>").session(staff("analyst")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theQueuePages() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < StaffIntakePages.PAGE_SIZE + 1; i++) {
            hold("Pager", "Paged " + tag + " #" + i, "Mail " + i, Map.of());
        }
        String first = mvc.perform(get("/staff/intake/review").session(staff("analyst"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(first).contains("Paged " + tag + " #" + StaffIntakePages.PAGE_SIZE).doesNotContain("Paged " + tag + " #0<")
                .contains("rel=\"next\"", "href=\"/staff/intake/review?status=OPEN&amp;page=2\"");
        String second = mvc.perform(get("/staff/intake/review").param("page", "2").session(staff("analyst")))
                .andReturn().getResponse().getContentAsString();
        assertThat(second).contains("Paged " + tag + " #0<", "rel=\"prev\"");
        // Past the end (a stale link): the last page, not an empty one.
        String beyond = mvc.perform(get("/staff/intake/review").param("page", "100000").session(staff("analyst")))
                .andReturn().getResponse().getContentAsString();
        assertThat(beyond).doesNotContain("id=\"queue-empty\"", "rel=\"next\"").contains("rel=\"prev\"");
        assertThat(mvc.perform(get("/staff/intake/review").param("page", "x").session(staff("analyst")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void markupInSenderSubjectAndTextIsShownAsText() throws Exception {
        long id = hold(MARKUP + " <b>Mallory</b>", MARKUP + " <b>subject</b>", "Body " + MARKUP + " <b>bold</b>",
                Map.of("<b>x</b>.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        var session = staff("analyst");

        String list = mvc.perform(get("/staff/intake/review").session(session)).andReturn().getResponse().getContentAsString();
        String row = between(list, "id=\"held-" + id + "\"", "</tr>");
        assertThat(row).doesNotContain("<img", "<b>").contains("&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;Mallory&lt;/b&gt;",
                "&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;subject&lt;/b&gt;", "Body &lt;img src=x onerror=alert(1)&gt;");

        String item = mvc.perform(get("/staff/intake/review/{id}", id).session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(item).doesNotContain("<img", "<b>", "<script>alert")
                .contains("&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;subject&lt;/b&gt;",
                        "Body &lt;img src=x onerror=alert(1)&gt; &lt;b&gt;bold&lt;/b&gt;", "&lt;b&gt;x&lt;/b&gt;.html");
    }

    @Test
    void aHeldMailShowsItsWholeTextAttachmentsAndContactsOfTheSendersDomain() throws Exception {
        String text = "Our line 3 is down.\n\nSince 06:00 the scanner says:\n  ERROR 42\n\n-- \nHeidi";
        String heidi = "heidi-" + UUID.randomUUID() + "@acme.example";
        long id = HeldMails.holdForReview(context, "Heidi Held", heidi, "Line 3 down", text,
                Map.of("scanner.log", "ERROR 42\n".repeat(200).getBytes(StandardCharsets.UTF_8)));

        var page = mvc.perform(get("/staff/intake/review/{id}", id).session(staff("analyst"))).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(between(html, "id=\"mail-text\"", "</div>")).contains(text);
        assertThat(between(html, "id=\"from\"", "</dd>")).contains("Heidi Held", "@acme.example");
        assertThat(between(html, "id=\"held-because\"", "</dd>")).contains("not a registered contact");
        assertThat(between(html, "id=\"status\"", "</dd>")).contains("Waiting for a decision");
        assertThat(between(html, "id=\"attachments\"", "</ul>")).contains("scanner.log", "1.8 KB");
        // The contact search starts at the sender's domain: their colleagues to choose from.
        assertThat(between(html, "id=\"contact-query\"", ">")).contains("value=\"@acme.example\"");
        assertThat(between(html, "id=\"contact\"", "</select>")).contains("value=\"dana@acme.example\"",
                "value=\"lee@acme.example\"", "Acme Manufacturing").doesNotContain("globex");
        assertThat(html).contains("id=\"case-form\"", "id=\"discard-form\"", "name=\"_csrf\"");
        // Told how to get access once: the second mail of the same day says it was not.
        assertThat(between(html, "id=\"answered\"", "</dd>")).contains("UTC").doesNotContain("No (");
        long again = HeldMails.holdForReview(context, "Heidi Held", heidi, "Line 3 still down", "Still.", Map.of());
        String second = mvc.perform(get("/staff/intake/review/{id}", again).session(staff("analyst"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(between(second, "id=\"answered\"", "</dd>")).contains("No (").doesNotContain("—", "UTC");
        assertThat(between(second, "id=\"attachments-title\"", "</section>")).contains("No attachments.");

        String searched = mvc.perform(get("/staff/intake/review/{id}", id).param("contact", "GLOBEX")
                .session(staff("analyst"))).andReturn().getResponse().getContentAsString();
        assertThat(between(searched, "id=\"contact\"", "</select>")).contains("sam@globex.example")
                .doesNotContain("acme.example");
        String none = mvc.perform(get("/staff/intake/review/{id}", id).param("contact", "<b>nobody")
                .session(staff("analyst"))).andReturn().getResponse().getContentAsString();
        assertThat(none).doesNotContain("id=\"contact\"", "<b>nobody")
                .contains("No active contact’s address contains “&lt;b&gt;nobody”");
    }

    @Test
    void openingACaseGoesToTheCasePageAndTheCaseIsForTheChosenContact() throws Exception {
        long id = hold("Stranger", "Scanner offline", "The scanner at gate 2 is offline.",
                Map.of("photo.txt", "a photo".getBytes(StandardCharsets.UTF_8)));
        var session = staff("analyst");

        var opened = mvc.perform(post("/staff/intake/review/{id}/case", id).session(session).with(csrf())
                .param("contactEmail", "lee@acme.example")).andReturn().getResponse();

        assertThat(opened.getStatus()).isEqualTo(302);
        assertThat(opened.getRedirectedUrl()).matches("/staff/cases/CASE-\\d+");
        String number = opened.getRedirectedUrl().substring("/staff/cases/".length());
        var admin = new CaseAccess.Staff("admin");
        var c = cases.get(number, admin);
        assertThat(c.getRequester().email()).isEqualTo("lee@acme.example");
        assertThat(c.getSubject()).isEqualTo("Scanner offline");
        assertThat(c.getDescription()).contains("The scanner at gate 2 is offline.");
        assertThat(cases.attachments(c, admin)).extracting(a -> a.getFileName()).containsExactly("photo.txt");
        assertThat(review.get(id).caseNumber()).isEqualTo(number);
        assertThat(review.get(id).decidedBy()).isEqualTo("analyst");

        var casePage = reload(opened, session);
        assertThat(casePage).contains("Case " + number + " was opened from held mail " + id + " for lee@acme.example.",
                "Scanner offline");

        // Decided: the decision with the case link, and no forms.
        String item = mvc.perform(get("/staff/intake/review/{id}", id).session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(between(item, "id=\"decision\"", "</section>")).contains("/staff/cases/" + number, "analyst");
        assertThat(between(item, "id=\"status\"", "</dd>")).contains("Case opened");
        assertThat(item).doesNotContain("id=\"case-form\"", "id=\"discard-form\"", "<form");

        // Posted again (an old tab): refused on the page, nothing opened twice.
        var again = mvc.perform(post("/staff/intake/review/{id}/case", id).session(session).with(csrf())
                .param("contactEmail", "dana@acme.example")).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(between(again.getContentAsString(), "id=\"error-summary\"", "</p>")).contains("already decided");
        assertThat(review.get(id).caseNumber()).isEqualTo(number);
    }

    @Test
    void aContactWhoIsNoActiveContactOrNoneIsRefusedOnThePage() throws Exception {
        long id = hold("Stranger", "Who am I", "Unknown.", Map.of());
        var session = staff("analyst");

        var unknown = mvc.perform(post("/staff/intake/review/{id}/case", id).session(session).with(csrf())
                .param("contactEmail", "nobody@example.org")).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(between(unknown.getContentAsString(), "id=\"case-form\"", "</form>"))
                .contains("No active contact has the address");
        var empty = mvc.perform(post("/staff/intake/review/{id}/case", id).session(session).with(csrf())
                .param("contactEmail", " ")).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(between(empty.getContentAsString(), "id=\"case-form\"", "</form>"))
                .contains("Choose the contact the case is for.");
        // Pat's organisation has no valid contract: the case refuses, the page says why.
        var lapsed = mvc.perform(post("/staff/intake/review/{id}/case", id).session(session).with(csrf())
                .param("contactEmail", "pat@initech.example")).andReturn().getResponse();
        assertThat(lapsed.getStatus()).isEqualTo(422);
        assertThat(between(lapsed.getContentAsString(), "id=\"error-summary\"", "</p>")).contains("Not done:");
        assertThat(review.get(id).status()).isEqualTo("OPEN");
    }

    @Test
    void discardingNeedsAReasonAndTheDecisionIsShown() throws Exception {
        long id = hold("Spammer", "Cheap watches", "Buy now.", Map.of());
        var session = staff("analyst");

        var blank = mvc.perform(post("/staff/intake/review/{id}/discard", id).session(session).with(csrf())
                .param("reason", "   ")).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(between(blank.getContentAsString(), "id=\"discard-form\"", "</form>"))
                .contains("Say why the mail is discarded.");
        assertThat(review.get(id).status()).isEqualTo("OPEN");

        var discarded = mvc.perform(post("/staff/intake/review/{id}/discard", id).session(session).with(csrf())
                .param("reason", "Spam <b>again</b>")).andReturn().getResponse();
        assertThat(discarded.getStatus()).isEqualTo(302);
        assertThat(discarded.getRedirectedUrl()).isEqualTo("/staff/intake/review");
        assertThat(reload(discarded, session)).contains("Held mail " + id + " was discarded.");
        assertThat(review.get(id).discardReason()).isEqualTo("Spam <b>again</b>");

        String item = mvc.perform(get("/staff/intake/review/{id}", id).session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(between(item, "id=\"decision\"", "</section>")).contains("Discarded by", "analyst",
                "Spam &lt;b&gt;again&lt;/b&gt;");
        assertThat(item).doesNotContain("<form", "<b>again");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        long id = hold("Stranger", "CSRF target", "Nothing may be decided without a token.", Map.of());
        var session = staff("analyst");
        assertThat(mvc.perform(post("/staff/intake/review/{id}/case", id).session(session)
                .param("contactEmail", "dana@acme.example")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/staff/intake/review/{id}/discard", id).session(session)
                .param("reason", "forged")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(review.get(id).status()).isEqualTo("OPEN");
    }

    @Test
    void customersNeverSeeThePages() throws Exception {
        long id = hold("Stranger", "Not for customers", "Staff only.", Map.of());
        long quarantined = HeldMails.quarantine(context, "q-" + UUID.randomUUID() + "@example.org", "Kept").id();
        var login = mvc.perform(MockMvcRequestBuilders.post("/login").param("username", "dana@acme.example")
                .param("password", "customer").with(csrf())).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession(false);
        for (String path : new String[] { "/staff/intake/review", "/staff/intake/review/" + id, "/staff/intake/quarantine",
                "/staff/intake/quarantine/" + quarantined + "/raw" }) {
            var page = mvc.perform(get(path).session(session)).andReturn().getResponse();
            assertThat(page.getStatus()).as(path).isEqualTo(403);
            assertThat(page.getContentAsString()).doesNotContain("Not for customers");
            assertThat(mvc.perform(get(path).with(user("dana@acme.example").roles("CUSTOMER"))).andReturn().getResponse()
                    .getStatus()).as(path).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/staff/intake/review/{id}/discard", id).session(session).with(csrf())
                .param("reason", "customer tried")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(review.get(id).status()).isEqualTo("OPEN");
        // Without a log-in: to the log-in page.
        assertThat(mvc.perform(get("/staff/intake/review")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void anUnknownIdIsAPageThatSaysSo() throws Exception {
        var session = staff("analyst");
        var missing = mvc.perform(get("/staff/intake/review/{id}", 999_999_999L).session(session)).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentType()).startsWith("text/html");
        assertThat(missing.getContentAsString()).contains("There is no review item 999999999.");
        assertThat(mvc.perform(get("/staff/intake/review/{id}", "<b>x").session(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/staff/intake/review/{id}/discard", 999_999_999L).session(session).with(csrf())
                .param("reason", "gone")).andReturn().getResponse().getStatus()).isEqualTo(404);
        var raw = mvc.perform(get("/staff/intake/quarantine/{id}/raw", 999_999_999L).session(session)).andReturn().getResponse();
        assertThat(raw.getStatus()).isEqualTo(404);
        assertThat(raw.getContentAsString()).contains("There is no quarantined mail 999999999.");
    }

    @Test
    void theQuarantineListsMailWithItsReasonAndTheRawMailDownloads() throws Exception {
        String subject = "Huge " + MARKUP + " " + UUID.randomUUID();
        var kept = HeldMails.quarantine(context, "big-" + UUID.randomUUID() + "@example.org", subject);
        var session = staff("analyst");

        var page = mvc.perform(get("/staff/intake/quarantine").session(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String row = between(page.getContentAsString(), "id=\"quarantined-" + kept.id() + "\"", "</tr>");
        assertThat(row).contains("The sender passed the limit of 0 mails", "big-",
                "Huge &lt;img src=x onerror=alert(1)&gt;",
                "/staff/intake/quarantine/" + kept.id() + "/raw", "quarantined-" + kept.id() + ".eml")
                .doesNotContain("<img");

        var raw = mvc.perform(get("/staff/intake/quarantine/{id}/raw", kept.id()).session(session)).andReturn().getResponse();
        assertThat(raw.getStatus()).isEqualTo(200);
        assertThat(raw.getContentType()).isEqualTo("message/rfc822");
        assertThat(raw.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"quarantined-" + kept.id() + ".eml\"");
        assertThat(raw.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(raw.getContentAsByteArray()).isEqualTo(kept.raw());
    }

    // --- helpers ---

    /** A mail from an unknown sender (a fresh address at example.org), held for review. */
    private long hold(String fromName, String subject, String text, Map<String, byte[]> attachments) {
        String local = fromName.split("\\s+")[0].replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
        return HeldMails.holdForReview(context, fromName, (local.isEmpty() ? "x" : local) + "-" + UUID.randomUUID()
                + "@example.org", subject, text, attachments);
    }

    private static MockHttpServletRequestBuilder get(String path, Object... variables) {
        return MockMvcRequestBuilders.get(path, variables);
    }

    private static MockHttpServletRequestBuilder post(String path, Object... variables) {
        return MockMvcRequestBuilders.post(path, variables);
    }

    private String reload(MockHttpServletResponse redirect, MockHttpSession session) throws Exception {
        var page = mvc.perform(get(redirect.getRedirectedUrl()).session(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        return page.getContentAsString();
    }

    /** What Camunda's web apps keep in the session after a log-in. */
    private MockHttpSession staff(String userId) {
        var authentications = new Authentications();
        authentications.addOrReplace(AuthenticationUtil.createAuthentication(engine, userId));
        var session = new MockHttpSession();
        session.setAttribute("authenticatedUser", authentications);
        return session;
    }
}
