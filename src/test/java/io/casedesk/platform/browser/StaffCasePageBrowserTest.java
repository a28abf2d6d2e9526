package io.casedesk.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.casedesk.OwnProcessEngine;
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
 * The staff case page in Chromium: an analyst logged in to Tasklist opens it without logging in
 * again, sees markup in the case's texts as text, and works the case through its forms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OwnProcessEngine.class)
class StaffCasePageBrowserTest {

    static final String MARKUP = "<img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;
    @Autowired
    CaseActions actions;
    @Autowired
    CaseService cases;
    @Autowired
    CustomerDirectory customers;

    @Test
    void anAnalystLoggedInToTasklistWorksTheCaseOnItsPage() throws IOException {
        String subject = MARKUP + " <b>Export</b> fails";
        String description = "Steps:\n1. " + MARKUP + "\n2. <b>click</b> export";
        String customerName = MARKUP + " <b>Dana</b>";
        String number = openCase(subject, description, customerName);
        cases.reply(number, new CaseAccess.Customer(customers.contactByEmail("dana@acme.example").orElseThrow()),
                Channel.PORTAL, "Any news? " + MARKUP);

        try (var browser = new Browser("http://localhost:" + port, "staff-case-page")) {
            browser.logIn("tasklist", "analyst", "analyst");
            browser.open("/staff/cases/" + number);

            // No second log-in: the page itself, with the texts exactly as typed.
            assertThat(browser.visible(By.id("subject")).getText()).isEqualTo(subject);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/cases/" + number);
            assertThat(browser.driver().findElement(By.id("customer-name")).getText()).isEqualTo(customerName);
            assertThat(browser.driver().findElement(By.id("description")).getText()).isEqualTo(description);
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Open");
            // The markup made no element and ran no script.
            assertThat(browser.driver().findElements(By.cssSelector("main img, main b, main script"))).isEmpty();
            assertNoAlert(browser);
            // The small script put the times into the browser's zone.
            browser.until(d -> d.findElement(By.cssSelector("html")).getAttribute("class").contains("js"));
            browser.screenshot("case-page");

            browser.driver().findElement(By.id("note-body")).sendKeys("Customer runs firmware 2.3 " + MARKUP);
            browser.click(By.cssSelector("#note-form button[type=submit]"));
            assertThat(browser.visible(By.cssSelector("p.notice")).getText()).contains("internal note was added");
            var note = browser.visible(By.xpath("//li[contains(@class, 'message')][.//div[contains(., 'Customer runs firmware 2.3')]]"));
            assertThat(note.getAttribute("class")).contains("internal");
            assertThat(note.getText()).contains("Internal note", "analyst", "Customer runs firmware 2.3 " + MARKUP);
            show(browser, note);
            browser.screenshot("note-added");

            browser.driver().findElement(By.id("reply-body")).sendKeys("We are on it.\nExpect news by noon.");
            browser.click(By.cssSelector("#reply-form button[type=submit]"));
            assertThat(browser.visible(By.cssSelector("p.notice")).getText()).contains("reply was added");
            var reply = browser.visible(By.xpath("//li[contains(@class, 'message')][.//div[contains(., 'We are on it.')]]"));
            assertThat(reply.getAttribute("class")).contains("public").doesNotContain("internal");
            assertThat(reply.getText()).doesNotContain("Internal note");

            Path log = Files.createTempFile("printer-", ".txt");
            Files.writeString(log, "paper jam at 10:02\n");
            browser.driver().findElement(By.id("attach-file")).sendKeys(log.toAbsolutePath().toString());
            browser.click(By.cssSelector("#attach-form button[type=submit]"));
            assertThat(browser.visible(By.cssSelector("p.notice")).getText()).contains("was attached");
            assertThat(browser.visible(By.cssSelector("#attachments a")).getText()).isEqualTo(log.getFileName().toString());
            assertThat(browser.driver().findElements(By.cssSelector("main img, main b, main script"))).isEmpty();
            assertNoAlert(browser);
            show(browser, browser.driver().findElement(By.id("attachments")));
            browser.screenshot("worked");

            // A file over the upload limit: the page says so, nothing is stored.
            Path big = Files.createTempFile("too-big-", ".bin");
            Files.write(big, new byte[11 * 1024 * 1024]);
            browser.driver().findElement(By.id("attach-file")).sendKeys(big.toAbsolutePath().toString());
            browser.click(By.cssSelector("#attach-form button[type=submit]"));
            assertThat(browser.visible(By.id("error-summary")).getText())
                    .contains("larger than the server accepts (10 MB per file)");
            var refusal = browser.visible(By.cssSelector("#attach-form .error"));
            assertThat(refusal.getText()).contains("larger than the server accepts (10 MB per file)");
            show(browser, refusal);
            assertThat(browser.driver().findElement(By.id("subject")).getText()).isEqualTo(subject);
            browser.screenshot("file-too-large");
            Files.deleteIfExists(big);
            Files.deleteIfExists(log);
        }

        var staff = new CaseAccess.Staff("admin");
        var stored = cases.get(number, staff);
        assertThat(cases.conversation(stored, staff)).extracting(CaseMessage::getBody)
                .contains("Customer runs firmware 2.3 " + MARKUP, "We are on it.\nExpect news by noon.");
        assertThat(cases.attachments(stored, staff)).hasSize(1);
    }

    private static void show(Browser browser, org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static void assertNoAlert(Browser browser) {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** A case of Acme's designated contact, under the given name (as the contact's name was when it arrived). */
    private String openCase(String subject, String description, String customerName) {
        CustomerView dana = customers.contactByEmail("dana@acme.example").orElseThrow();
        CustomerView named = new CustomerView(dana.contactId(), customerName, dana.email(), dana.phone(), dana.role(),
                dana.organisationId(), dana.organisationName(), dana.contractTier(), dana.entitled(),
                dana.actsForOrganisationIds());
        var draft = new CaseDraft(subject, description, "Question", "P3", Environment.PRODUCTION, "Casedesk Demo Product",
                "7.4", "Ubuntu 24.04", BusinessImpact.NONE, Channel.PORTAL);
        return actions.open(new NewCase(draft, named, null, null), Actor.customer(dana.email(), customerName)).getNumber();
    }
}
