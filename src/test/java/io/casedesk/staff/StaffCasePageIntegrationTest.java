package io.casedesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.casedesk.IntegrationTest;
import io.casedesk.cases.Actor;
import io.casedesk.cases.BusinessImpact;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseActions;
import io.casedesk.cases.CaseDraft;
import io.casedesk.cases.CaseMessage;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.Channel;
import io.casedesk.cases.Environment;
import io.casedesk.cases.NewCase;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.customers.CustomerView;

/**
 * The staff case page over the whole application: who may open it (the Camunda web apps' log-in in
 * the session, staff groups only), what it shows, that it escapes every user text, and its forms.
 */
class StaffCasePageIntegrationTest extends IntegrationTest {

    static final String MARKUP = "<img src=x onerror=alert(1)>";
    static final String CUSTOMER = "dana@acme.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseActions actions;
    @Autowired
    CaseService cases;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    io.casedesk.escalation.EscalationService escalations;

    @Test
    void showsTheWholeCaseWithInternalNotesMarked() throws Exception {
        String number = openCase("Label printer prints blank pages", "Since Monday\nevery second label is blank.",
                "Dana Designated");
        cases.reply(number, new CaseAccess.Customer(customers.contactByEmail(CUSTOMER).orElseThrow()), Channel.PORTAL,
                "Here is the log you asked for.");
        cases.addInternalNote(number, new CaseAccess.Staff("analyst"), "Looks like firmware 2.3; ask the vendor.");
        cases.attach(number, new CaseAccess.Staff("analyst"), "printer.log", "paper jam at 10:02".getBytes(), true);

        MockHttpServletResponse page = mvc.perform(page("/staff/cases/{n}", number).session(tasklistSession("analyst")))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).startsWith("text/html");
        String html = page.getContentAsString();
        assertThat(html).contains(number, "Label printer prints blank pages", "Since Monday\nevery second label is blank.",
                "Dana Designated", CUSTOMER, "Acme Manufacturing", "tier: premium", "Production", "Casedesk Demo Product",
                "version 7.4", "on Ubuntu 24.04", "Question", "P3");
        assertThat(between(html, "id=\"status\"", "</dd>")).contains("Open");
        // The conversation in order, the note marked as such and the reply not.
        assertThat(html.indexOf("Here is the log you asked for.")).isLessThan(html.indexOf("Looks like firmware 2.3"));
        String note = messageContaining(html, "Looks like firmware 2.3");
        assertThat(note).contains("message internal", "Internal note");
        assertThat(messageContaining(html, "Here is the log you asked for.")).doesNotContain("Internal note")
                .contains("Dana Designated", "Portal");
        // Attachments with a download link, SLA clocks, status history.
        assertThat(html).contains("printer.log", "/staff/cases/" + number + "/attachments/");
        assertThat(between(html, "id=\"sla-clocks\"", "</table>")).contains("First response", "running", "UTC");
        assertThat(between(html, "id=\"status-history\"", "</table>")).contains("Received by portal");
        assertThat(html).contains("Never escalated.");
        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'none'", "script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void printsMarkupInUserTextAsText() throws Exception {
        String number = openCase(MARKUP + " <b>bold</b> subject", "Description " + MARKUP + " <b>bold</b>",
                MARKUP + " <b>Dana</b>");
        cases.addInternalNote(number, new CaseAccess.Staff("analyst"), "Note " + MARKUP);
        cases.attach(number, new CaseAccess.Staff("analyst"), "<b>x</b>.html", "<script>alert(1)</script>".getBytes(),
                false);

        String html = mvc.perform(page("/staff/cases/{n}", number).session(tasklistSession("analyst")))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("<img", "<b>", "<script>alert");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;bold&lt;/b&gt; subject",
                "Description &lt;img src=x onerror=alert(1)&gt;", "&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;Dana&lt;/b&gt;",
                "Note &lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void anUnknownNumberIsAPageThatSaysSo() throws Exception {
        var response = mvc.perform(page("/staff/cases/{n}", "CASE-99999999").session(tasklistSession("analyst")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("There is no case CASE-99999999");
        var markup = mvc.perform(page("/staff/cases/{n}", "<b>x").session(tasklistSession("analyst")))
                .andReturn().getResponse();
        assertThat(markup.getStatus()).isEqualTo(404);
        assertThat(markup.getContentAsString()).doesNotContain("<b>x").contains("There is no case &lt;b&gt;x that");
    }

    /** The Camunda web apps' own log-in (their REST call) opens the page in the same session. */
    @Test
    void aTasklistLogInOpensThePage() throws Exception {
        String number = openCase("Opened from Tasklist", "A case for the shared log-in.", "Dana Designated");
        var cookies = new CookieManager();
        var client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;

        var before = client.send(HttpRequest.newBuilder(URI.create(base + "/staff/cases/" + number)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(before.statusCode()).isEqualTo(302);
        assertThat(before.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        var login = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=analyst&password=analyst")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);

        var page = client.send(HttpRequest.newBuilder(URI.create(base + "/staff/cases/" + number)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Opened from Tasklist");

        // Logging out of Tasklist logs out of the staff pages too. (The log-in started a new session, whose
        // CSRF token Tasklist fetches with its next page load.)
        client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        var logout = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", xsrfOf(cookies)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(200);
        var after = client.send(HttpRequest.newBuilder(URI.create(base + "/staff/cases/" + number)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(302);
    }

    /**
     * An upload over the server's limit, sent as a browser sends the page's form (session cookie, CSRF
     * token in the form's address): the case page again with the reason, and nothing stored.
     */
    @Test
    void aFileOverTheUploadLimitIsAnsweredWithThePage() throws Exception {
        String number = openCase("Too big", "A file over the limit.", "Dana Designated");
        var cookies = new CookieManager();
        var client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrfOf(cookies))
                .POST(HttpRequest.BodyPublishers.ofString("username=analyst&password=analyst")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        String html = client.send(HttpRequest.newBuilder(URI.create(base + "/staff/cases/" + number)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String action = between(html, "id=\"attach-form\"", ">").replaceAll("(?s).*action=\"([^\"]+)\".*", "$1")
                .replace("&amp;", "&");
        assertThat(action).startsWith("/staff/cases/" + number + "/attachments?_csrf=");

        String boundary = "----casedesk" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[11 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var answer = client.send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(between(answer.body(), "id=\"attach-form\"", "</form>"))
                .contains("The file is larger than the server accepts (10 MB per file); nothing was attached.");
        assertThat(answer.body()).contains("Too big");
        var staff = new CaseAccess.Staff("admin");
        assertThat(cases.attachments(cases.get(number, staff), staff)).isEmpty();
    }

    /**
     * The same limit on the case API (multipart read lazily for both): 413 problem details from the
     * API's own error handling, not an empty error page.
     */
    @Test
    void theApiAnswersAnUploadOverTheLimitWithProblemDetails() throws Exception {
        String number = openCase("Too big for the API", "A file over the limit.", "Dana Designated");
        String boundary = "----casedesk" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[11 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var answer = send(request("/api/cases/" + number + "/attachments", "analyst", "analyst")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asText()).endsWith("/attachment-too-large");
        var staff = new CaseAccess.Staff("admin");
        assertThat(cases.attachments(cases.get(number, staff), staff)).isEmpty();
    }

    /** Without a log-in the browser goes to /login and, logged in there, comes back, also logged in to the web apps. */
    @Test
    void aLogInAtLoginReturnsToThePageAndLogsInToTheWebApps() throws Exception {
        String number = openCase("Needs a log-in first", "Opened before logging in.", "Dana Designated");
        var session = new MockHttpSession();
        var first = mvc.perform(page("/staff/cases/{n}", number).session(session)).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(first.getRedirectedUrl()).endsWith("/login");
        String idBefore = session.getId();

        var login = mvc.perform(logIn("analyst", "analyst").session(session)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).contains("/staff/cases/" + number);
        // Session fixation: the log-in changed the session id.
        MockHttpSession loggedIn = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(loggedIn.getId()).isNotEqualTo(idBefore);
        Authentications webapps = (Authentications) loggedIn.getAttribute("authenticatedUser");
        assertThat(webapps.getAuthenticationForProcessEngine("default").getIdentityId()).isEqualTo("analyst");

        var back = mvc.perform(page(login.getResponse().getRedirectedUrl()).session(loggedIn)).andReturn().getResponse();
        assertThat(back.getStatus()).isEqualTo(200);
        assertThat(back.getContentAsString()).contains("Needs a log-in first");
    }

    /** The same over HTTP: /login's own page and form, back to the case page, and Tasklist's API knows the user. */
    @Test
    void aLogInAtLoginAlsoOpensTheWebApps() throws Exception {
        String number = openCase("Log in once", "One log-in for both.", "Dana Designated");
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        var webappUser = HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).build();
        assertThat(client.send(webappUser, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

        var first = client.send(HttpRequest.newBuilder(URI.create(base + "/staff/cases/" + number)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(first.statusCode()).isEqualTo(302);
        String loginPage = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        var login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=analyst&password=analyst&_csrf="
                        + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        String back = login.headers().firstValue("Location").orElseThrow();
        assertThat(back).contains("/staff/cases/" + number);

        var page = client.send(HttpRequest.newBuilder(URI.create(back)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Log in once");
        var tasklistUser = client.send(webappUser, HttpResponse.BodyHandlers.ofString());
        assertThat(tasklistUser.statusCode()).isEqualTo(200);
        assertThat(tasklistUser.body()).contains("\"userId\":\"analyst\"").contains("tasklist");
    }

    @Test
    void customersNeverSeeThePage() throws Exception {
        String number = openCase("Not for customers", "Customers must not see the staff page.", "Dana Designated");
        var login = mvc.perform(logIn(CUSTOMER, "customer")).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(session.getAttribute("authenticatedUser")).isNull();

        var page = mvc.perform(page("/staff/cases/{n}", number).session(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString()).doesNotContain("Customers must not see the staff page.");
        assertThat(mvc.perform(page("/staff/cases/{n}", number).with(user(CUSTOMER).roles("CUSTOMER")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    /** A Camunda user in no staff group (logged in to the web apps all the same) is refused. */
    @Test
    void onlyStaffGroupsOpenThePage() throws Exception {
        String number = openCase("Staff only", "Only staff groups.", "Dana Designated");
        String outsider = "outsider-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(outsider);
        user.setPassword("outsider-password-1");
        identity.saveUser(user);
        try {
            assertThat(mvc.perform(page("/staff/cases/{n}", number).session(tasklistSession(outsider)))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
        } finally {
            identity.deleteUser(outsider);
        }
        // A web-app log-in for a user who no longer exists is no log-in.
        var gone = new MockHttpSession();
        var authentications = new Authentications();
        authentications.addOrReplace(new org.camunda.bpm.webapp.impl.security.auth.UserAuthentication(outsider, "default"));
        gone.setAttribute("authenticatedUser", authentications);
        assertThat(mvc.perform(page("/staff/cases/{n}", number).session(gone)).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        String number = openCase("CSRF target", "Nothing may be posted without a token.", "Dana Designated");
        var session = tasklistSession("analyst");
        assertThat(mvc.perform(form("/staff/cases/{n}/notes", number).session(session).param("body", "forged note"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(form("/staff/cases/{n}/replies", number).session(session).param("body", "forged reply"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart("/staff/cases/{n}/attachments", number).file(textFile("forged.txt")).session(session))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(bodies(number)).noneMatch(b -> b.startsWith("forged"));
        assertThat(cases.attachments(cases.get(number, new CaseAccess.Staff("admin")), new CaseAccess.Staff("admin")))
                .isEmpty();
    }

    @Test
    void aReplyANoteAndAFileAreStoredAndThePageReloads() throws Exception {
        String number = openCase("Forms on the page", "Reply, note, attach.", "Dana Designated");
        var session = tasklistSession("analyst");

        var reply = mvc.perform(form("/staff/cases/{n}/replies", number).session(session).with(csrf())
                .param("body", "We are on it.\nExpect news by noon.")).andReturn().getResponse();
        assertThat(reply.getStatus()).isEqualTo(302);
        assertThat(reply.getRedirectedUrl()).isEqualTo("/staff/cases/" + number);
        assertThat(reload(reply, session)).contains("Your reply was added to the conversation");
        var note = mvc.perform(form("/staff/cases/{n}/notes", number).session(session).with(csrf())
                .param("body", "Customer is on firmware 2.3.")).andReturn().getResponse();
        assertThat(note.getRedirectedUrl()).isEqualTo("/staff/cases/" + number);
        assertThat(reload(note, session)).contains("Your internal note was added; customers never see it.")
                .doesNotContain("Your reply was added");
        var attach = mvc.perform(multipart("/staff/cases/{n}/attachments", number).file(textFile("steps.txt"))
                .param("internal", "true").session(session).with(csrf())).andReturn().getResponse();
        assertThat(attach.getRedirectedUrl()).isEqualTo("/staff/cases/" + number);
        assertThat(reload(attach, session)).contains("Internal file steps.txt was attached.");

        var staff = new CaseAccess.Staff("admin");
        List<CaseMessage> conversation = cases.conversation(cases.get(number, staff), staff);
        assertThat(conversation).extracting(CaseMessage::getBody)
                .containsExactly("We are on it.\nExpect news by noon.", "Customer is on firmware 2.3.");
        assertThat(conversation.get(0).isPublic()).isTrue();
        assertThat(conversation.get(1).isPublic()).isFalse();
        assertThat(conversation).extracting(CaseMessage::getAuthorId).containsOnly("analyst");
        var files = cases.attachments(cases.get(number, staff), staff);
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.getFileName()).isEqualTo("steps.txt");
            assertThat(f.isInternal()).isTrue();
        });

        // The page says what happened once only.
        assertThat(mvc.perform(page("/staff/cases/{n}", number).session(session)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("class=\"notice\"").contains("steps.txt", "Customer is on firmware 2.3.");

        var download = mvc.perform(page("/staff/cases/{n}/attachments/{id}", number, files.get(0).getId()).session(session))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("steps.txt");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentType()).isEqualTo("text/plain");
        assertThat(download.getContentAsString()).isEqualTo("1. open the printer\n2. look");
    }

    @Test
    void aDownloadNeverCarriesATypeABrowserWouldRun() throws Exception {
        String number = openCase("HTML attachment", "A file that is a page.", "Dana Designated");
        var file = cases.attach(number, new CaseAccess.Staff("analyst"), "page.html",
                "<html><body><script>alert(1)</script></body></html>".getBytes(), false);
        assertThat(file.getContentType()).startsWith("text/html");
        var download = mvc.perform(page("/staff/cases/{n}/attachments/{id}", number, file.getId())
                .session(tasklistSession("analyst"))).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/octet-stream");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(mvc.perform(page("/staff/cases/{n}/attachments/{id}", number, 999999999L)
                .session(tasklistSession("analyst"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(page("/staff/cases/{n}/attachments/{id}", number, "x")
                .session(tasklistSession("analyst"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void emptyInputIsShownOnThePageAndNothingIsStored() throws Exception {
        String number = openCase("Validation", "Empty forms.", "Dana Designated");
        var session = tasklistSession("analyst");

        var note = mvc.perform(form("/staff/cases/{n}/notes", number).session(session).with(csrf()).param("body", "  "))
                .andReturn().getResponse();
        assertThat(note.getStatus()).isEqualTo(400);
        assertThat(between(note.getContentAsString(), "id=\"note-form\"", "</form>")).contains("Write something before sending.");
        assertThat(between(note.getContentAsString(), "id=\"error-summary\"", "</p>")).contains("Not saved: Write something");

        var reply = mvc.perform(form("/staff/cases/{n}/replies", number).session(session).with(csrf())
                .param("body", "x".repeat(100_001))).andReturn().getResponse();
        assertThat(reply.getStatus()).isEqualTo(400);
        assertThat(between(reply.getContentAsString(), "id=\"reply-form\"", "</form>")).contains("At most 100,000 characters.");

        var empty = mvc.perform(multipart("/staff/cases/{n}/attachments", number)
                .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0])).session(session).with(csrf()))
                .andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(between(empty.getContentAsString(), "id=\"attach-form\"", "</form>")).contains("Choose a file that is not empty.");

        assertThat(bodies(number)).isEmpty();
    }

    /** An escalated case: the running level and every step of the ladder, with the reason as typed (escaped). */
    @Test
    void showsTheEscalationLadder() throws Exception {
        String number = openCase("Escalated on the page", "The customer is waiting.", "Dana Designated");
        escalations.escalateByStaff(number, new CaseAccess.Staff("manager"), "Customer threatens to cancel <b>now</b>");

        String html = mvc.perform(page("/staff/cases/{n}", number).session(tasklistSession("analyst"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).doesNotContain("Never escalated.", "<b>now</b>");
        assertThat(between(html, "id=\"escalation-current\"", "</p>")).contains("<span>1 of 4</span>", "assigned support analyst", "respond by");
        assertThat(between(html, "id=\"escalation-history\"", "</table>"))
                .contains("Started (Staff)", "Customer threatens to cancel &lt;b&gt;now&lt;/b&gt;");
    }

    /** Closed: the history shows how it got there, the page offers no reply, and a reply posted anyway is refused on the page. */
    @Test
    void aClosedCaseShowsItsHistoryAndTakesNoReplies() throws Exception {
        String number = openCase("Duplicate of another case", "Same as CASE-10001.", "Dana Designated");
        var analyst = new CaseAccess.Staff("analyst");
        actions.respond(number, analyst, null, new CaseActions.Triage(null, null, null, null, "Looking into it."));
        actions.close(number, analyst, null, "DUPLICATE", "Duplicate of CASE-10001");
        var session = tasklistSession("analyst");

        String html = mvc.perform(page("/staff/cases/{n}", number).session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(between(html, "id=\"status\"", "</dd>")).contains("Closed");
        assertThat(between(html, "id=\"status-history\"", "</table>"))
                .contains("In Progress", "First response", "Closed", "Duplicate of CASE-10001", "analyst");
        assertThat(html).doesNotContain("id=\"reply-form\"").contains("it takes no new replies", "id=\"note-form\"");
        assertThat(between(html, "id=\"sla-clocks\"", "</table>")).contains("met");

        var reply = mvc.perform(form("/staff/cases/{n}/replies", number).session(session).with(csrf())
                .param("body", "One more thing")).andReturn().getResponse();
        assertThat(reply.getStatus()).isEqualTo(409);
        assertThat(between(reply.getContentAsString(), "id=\"error-summary\"", "</p>"))
                .contains("is Closed; it cannot take new replies");
        assertThat(bodies(number)).doesNotContain("One more thing");
    }

    // --- helpers ---

    private static MockHttpServletRequestBuilder page(String path, Object... variables) {
        return MockMvcRequestBuilders.get(path, variables);
    }

    private static MockHttpServletRequestBuilder form(String path, Object... variables) {
        return MockMvcRequestBuilders.post(path, variables);
    }

    /** Spring's log-in form at /login, as a browser sends it. */
    private static MockHttpServletRequestBuilder logIn(String user, String password) {
        return MockMvcRequestBuilders.post("/login").param("username", user).param("password", password).with(csrf());
    }

    /** What Camunda's web apps keep in the session after a log-in (AuthenticationUtil is what their log-in uses). */
    private MockHttpSession tasklistSession(String userId) {
        var authentications = new Authentications();
        authentications.addOrReplace(AuthenticationUtil.createAuthentication(engine, userId));
        var session = new MockHttpSession();
        session.setAttribute("authenticatedUser", authentications);
        return session;
    }

    /** A case of Acme's designated contact, under the given name (as the contact's name was when it arrived). */
    private String openCase(String subject, String description, String customerName) {
        CustomerView dana = customers.contactByEmail(CUSTOMER).orElseThrow();
        CustomerView named = new CustomerView(dana.contactId(), customerName, dana.email(), dana.phone(), dana.role(),
                dana.organisationId(), dana.organisationName(), dana.contractTier(), dana.entitled(),
                dana.actsForOrganisationIds());
        var draft = new CaseDraft(subject, description, "Question", "P3", Environment.PRODUCTION, "Casedesk Demo Product",
                "7.4", "Ubuntu 24.04", BusinessImpact.NONE, Channel.PORTAL);
        return actions.open(new NewCase(draft, named, null, null), Actor.customer(dana.email(), customerName)).getNumber();
    }

    private List<String> bodies(String number) {
        var staff = new CaseAccess.Staff("admin");
        return cases.conversation(cases.get(number, staff), staff).stream().map(CaseMessage::getBody).toList();
    }

    /** Follows a post's redirect back to the page, in the same session (the flash message travels in it). */
    private String reload(MockHttpServletResponse redirect, MockHttpSession session) throws Exception {
        var page = mvc.perform(page(redirect.getRedirectedUrl()).session(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        return page.getContentAsString();
    }

    private static MockMultipartFile textFile(String name) {
        return new MockMultipartFile("file", name, "text/plain", "1. open the printer\n2. look".getBytes(StandardCharsets.UTF_8));
    }

    private static String xsrfOf(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }

    /** The part of the page from the first {@code start} to the next {@code end}. */
    static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        int to = html.indexOf(end, from);
        return html.substring(from, to < 0 ? html.length() : to);
    }

    /** The conversation entry (li) that contains the text. */
    private static String messageContaining(String html, String text) {
        int at = html.indexOf(text);
        assertThat(at).as("%s in the page", text).isNotNegative();
        int start = html.lastIndexOf("<li", at);
        return html.substring(start, html.indexOf("</li>", at));
    }
}
