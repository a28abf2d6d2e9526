package io.casedesk.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import io.casedesk.OwnProcessEngine;
import io.casedesk.hardening.Attack;
import io.casedesk.platform.CaseApiClient;

/**
 * Issue 15 item 1 in a real browser: the customer has used the API in Chromium, then opens a page
 * of another site (a second HTTP server on another port, reached as {@code 127.0.0.1} — another
 * site — or as {@code localhost} — the same site, another origin) that submits forms to the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OwnProcessEngine.class)
class CrossSiteRequestBrowserTest {

    static final String CUSTOMER = CaseApiClient.CUSTOMER;
    static final String PASSWORD = CaseApiClient.CUSTOMER_PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    HttpServer attacker;

    @BeforeEach
    void startAnotherSite() throws IOException {
        attacker = HttpServer.create(new InetSocketAddress(0), 0);
        attacker.start();
    }

    @AfterEach
    void stopAnotherSite() {
        attacker.stop(0);
    }

    @Test
    @DisplayName("attack: after a Basic log-in in the browser, another site's page auto-submits …/confirm and an attachment upload")
    @Attack(item = "15.1", attack = "browser logged in to /api/customer with Basic; a page on another origin auto-submits a form POST to …/confirm and a multipart upload",
            expected = "the case stays Resolved without the attachment; the browser is shown 403 cross-site-request")
    void anotherSitesPageCannotActWithTheCredentialsTheBrowserRemembers() {
        String number = aResolvedCase();
        try (var browser = new Browser("http://localhost:" + port, "cross-site-remembered")) {
            // Credentials in the address: the browser answers a Basic challenge with them and remembers them.
            browser.driver().get("http://" + CUSTOMER.replace("@", "%40") + ":" + PASSWORD + "@localhost:" + port
                    + "/api/customer/cases/" + number);
            browser.screenshot("customer-used-the-api");

            String confirm = submitFromAnotherSite(browser, "localhost", "confirm", number);
            String upload = submitFromAnotherSite(browser, "127.0.0.1", "upload", number);

            assertThat(confirm).contains("cross-site-request").doesNotContain("CLOSED");
            assertThat(upload).contains("cross-site-request");
        }
        assertUnchanged(number);
    }

    @Test
    @DisplayName("attack: the browser sends the customer's Authorization header with another site's form POST")
    @Attack(item = "15.1", attack = "a browser that sends Basic credentials with every request opens another site's page that posts to …/confirm and uploads",
            expected = "refused by Origin/Sec-Fetch-Site with 403 problem details; the case stays Resolved without the attachment")
    void anotherSitesPageIsRefusedEvenWhenTheBrowserSendsThePassword() {
        String number = aResolvedCase();
        try (var browser = new Browser("http://localhost:" + port, "cross-site-authorization")) {
            // Whatever way a browser came to hold the credentials, here it sends them with every request.
            var chromium = (ChromeDriver) browser.driver();
            chromium.executeCdpCommand("Network.enable", Map.of());
            chromium.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((CUSTOMER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))));
            browser.open("/api/customer/cases/" + number);
            assertThat(browser.visible(By.tagName("body")).getText()).contains(number, "RESOLVED");

            String confirm = submitFromAnotherSite(browser, "127.0.0.1", "confirm", number);
            String upload = submitFromAnotherSite(browser, "localhost", "upload", number);

            assertThat(confirm).contains("cross-site-request", "403").doesNotContain("CLOSED");
            assertThat(upload).contains("cross-site-request", "403");
        }
        assertUnchanged(number);
    }

    /** Opens the other site's page, which submits its form at once; returns what the API answered the browser. */
    private String submitFromAnotherSite(Browser browser, String host, String page, String number) {
        String target = "http://localhost:" + port + "/api/customer/cases/" + number;
        String html = switch (page) {
            case "confirm" -> """
                    <!doctype html><title>You won!</title>
                    <form method="post" action="%s/confirm"><input type="hidden" name="x" value="1"></form>
                    <script>document.forms[0].submit()</script>""".formatted(target);
            case "upload" -> """
                    <!doctype html><title>You won!</title>
                    <form method="post" enctype="multipart/form-data" action="%s/attachments">
                      <input type="file" name="file"></form>
                    <script>
                      const files = new DataTransfer();
                      files.items.add(new File(["planted by another site"], "evil.txt", {type: "text/plain"}));
                      document.forms[0].file.files = files.files;
                      document.forms[0].submit();
                    </script>""".formatted(target);
            default -> throw new IllegalArgumentException(page);
        };
        String path = "/" + page + "-" + System.nanoTime() + ".html";
        attacker.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        browser.driver().get("http://" + host + ":" + attacker.getAddress().getPort() + path);
        browser.until(d -> d.getCurrentUrl().startsWith(target) ? true : null);
        String answer = browser.visible(By.tagName("body")).getText();
        browser.screenshot(page + "-from-" + host.replace('.', '-'));
        return answer + " " + browser.driver().getTitle();
    }

    private String aResolvedCase() {
        var api = new CaseApiClient(rest);
        String number = api.openCase("Cross-site browser check");
        var analyst = rest.withBasicAuth("analyst", "analyst");
        assertThat(analyst.postForEntity("/api/cases/{n}/respond", Map.of("reply", "Looking"), JsonNode.class, number)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(analyst.postForEntity("/api/cases/{n}/resolve", Map.of("cause", "CONFIGURATION_ERROR",
                "solutionType", "WORKAROUND", "summary", "Changed a setting"), JsonNode.class, number)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        return number;
    }

    private void assertUnchanged(String number) {
        JsonNode seen = rest.withBasicAuth(CUSTOMER, PASSWORD)
                .getForEntity("/api/customer/cases/{n}", JsonNode.class, number).getBody();
        assertThat(seen.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(seen.path("attachments")).isEmpty();
    }
}
