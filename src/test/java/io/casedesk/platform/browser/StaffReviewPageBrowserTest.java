package io.casedesk.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import io.casedesk.OwnProcessEngine;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseService;
import io.casedesk.intake.HeldMails;
import io.casedesk.intake.ReviewQueue;

/**
 * A held mail walked to a case in Chromium: an analyst logged in to Tasklist finds the mail of an
 * unknown sender in the review queue, reads it (markup shown as text), chooses a contact of the
 * sender's organisation and lands on the new case's page; the held mail then shows the decision, and
 * the quarantine lists a kept mail with its download.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OwnProcessEngine.class)
class StaffReviewPageBrowserTest {

    static final String MARKUP = "<img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewQueue review;
    @Autowired
    CaseService cases;

    @Test
    void anAnalystTurnsAHeldMailIntoACaseForAContact() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String subject = "Label printer " + MARKUP + " <b>jammed</b> " + tag;
        String text = "Hello,\nour label printer at gate 4 jams.\n" + MARKUP + " <b>bold?</b>\n\nRegards,\nMilo";
        String sender = "milo-" + tag + "@acme.example";
        long id = HeldMails.holdForReview(context, "Milo " + MARKUP, sender, subject, text,
                Map.of("jam-photo.txt", "a photo of the jam".getBytes(StandardCharsets.UTF_8)));
        long kept = HeldMails.quarantine(context, "flood-" + tag + "@example.org", "Mail number 31 " + MARKUP).id();

        try (var browser = new Browser("http://localhost:" + port, "staff-review-page")) {
            browser.logIn("tasklist", "analyst", "analyst");
            browser.open("/staff/intake/review");

            // The queue: the mail on the first page, newest first, its sender and attachment count.
            var row = browser.visible(By.id("held-" + id));
            assertThat(row.findElement(By.cssSelector("a.subject")).getText()).isEqualTo(subject);
            assertThat(row.findElement(By.cssSelector(".from-name")).getText()).isEqualTo("Milo " + MARKUP);
            assertThat(row.findElement(By.cssSelector(".from-address")).getText()).isEqualTo(sender);
            assertThat(row.findElement(By.cssSelector(".attachments-count")).getText()).isEqualTo("1");
            assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("Waiting for a decision");
            assertNoMarkup(browser);
            browser.until(d -> d.findElement(By.cssSelector("html")).getAttribute("class").contains("js"));
            browser.screenshot("queue");

            browser.click(By.cssSelector("#held-" + id + " a.subject"));
            assertThat(browser.visible(By.id("subject")).getText()).isEqualTo(subject);
            assertThat(browser.driver().findElement(By.id("mail-text")).getText()).isEqualTo(text);
            assertThat(browser.driver().findElement(By.id("attachments")).getText()).contains("jam-photo.txt");
            assertNoMarkup(browser);
            browser.screenshot("held-mail");

            // The contact search starts at the sender's domain; the analyst picks Acme's designated contact.
            assertThat(browser.driver().findElement(By.id("contact-query")).getAttribute("value")).isEqualTo("@acme.example");
            var contacts = new Select(browser.driver().findElement(By.id("contact")));
            assertThat(contacts.getOptions()).extracting(WebElement::getText)
                    .anySatisfy(o -> assertThat(o).contains("dana@acme.example"))
                    .anySatisfy(o -> assertThat(o).contains("lee@acme.example"));
            contacts.selectByValue("dana@acme.example");
            show(browser, browser.driver().findElement(By.id("case-form")));
            browser.screenshot("contact-chosen");
            browser.click(By.cssSelector("#case-form button[type=submit]"));

            // The new case's page, for the chosen contact, with the mail's text and attachment.
            assertThat(browser.visible(By.cssSelector("p.notice")).getText()).contains("was opened from held mail " + id);
            assertThat(browser.driver().getCurrentUrl()).matches(".*/staff/cases/CASE-\\d+$");
            String number = browser.driver().findElement(By.id("case-number")).getText();
            assertThat(browser.driver().findElement(By.id("subject")).getText()).isEqualTo(subject);
            assertThat(browser.driver().findElement(By.id("customer")).getText()).contains("dana@acme.example");
            assertThat(browser.driver().findElement(By.id("description")).getText()).contains(text);
            assertThat(browser.driver().findElement(By.id("attachments")).getText()).contains("jam-photo.txt");
            assertNoMarkup(browser);
            browser.screenshot("case-opened");

            // Back to the held mail: the decision, no forms.
            browser.open("/staff/intake/review/" + id);
            assertThat(browser.visible(By.id("decision")).getText()).contains("Case " + number, "opened by analyst");
            assertThat(browser.driver().findElements(By.cssSelector("main form"))).isEmpty();
            browser.screenshot("decided");

            browser.click(By.cssSelector("#staff-nav a[href$='/staff/intake/quarantine']"));
            assertThat(browser.visible(By.id("quarantine-title")).getText()).isEqualTo("Quarantine");
            var quarantined = browser.visible(By.id("quarantined-" + kept));
            assertThat(quarantined.getText()).contains("flood-" + tag + "@example.org", "Mail number 31 " + MARKUP,
                    "The sender passed the limit");
            var download = quarantined.findElement(By.cssSelector("a.raw"));
            assertThat(download.getAttribute("href")).endsWith("/staff/intake/quarantine/" + kept + "/raw");
            assertThat(download.getDomAttribute("download")).isNotNull();
            assertNoMarkup(browser);
            browser.screenshot("quarantine");

            var staff = new CaseAccess.Staff("admin");
            assertThat(cases.get(number, staff).getRequester().email()).isEqualTo("dana@acme.example");
            assertThat(review.get(id).caseNumber()).isEqualTo(number);
        }
    }

    private static void assertNoMarkup(Browser browser) {
        assertThat(browser.driver().findElements(By.cssSelector("main img, main b, main script"))).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private static void show(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
