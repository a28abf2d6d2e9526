package io.casedesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.casedesk.IntegrationTest;
import io.casedesk.hardening.Attack;

/** Issue 15 item 10: the session cookie a staff log-in sets is not sent along with cross-site requests. */
class SessionCookieIntegrationTest extends IntegrationTest {

    @Test
    @DisplayName("attack: the /login session cookie has no SameSite, so another site's form POST carries it")
    @Attack(item = "15.10", attack = "log in at /login; the JSESSIONID cookie has no SameSite attribute",
            expected = "JSESSIONID is SameSite=Lax and HttpOnly")
    void staffLogInSetsALaxHttpOnlySessionCookie() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("CSRF field on the log-in page: %s", page).isTrue();

        var login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(sessionCookie(login.headers().allValues("Set-Cookie")))
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    @DisplayName("attack: the Camunda web apps' session cookie travels with cross-site requests")
    @Attack(item = "15.10", attack = "log in to Tasklist; inspect the JSESSIONID cookie",
            expected = "JSESSIONID is SameSite=Lax and HttpOnly")
    void camundaWebAppLogInSetsALaxHttpOnlySessionCookie() throws Exception {
        var cookies = new CookieManager();
        var client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
        var login = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=analyst&password=analyst"))
                .build(), HttpResponse.BodyHandlers.discarding());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(login.headers().allValues("Set-Cookie")))
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no JSESSIONID cookie set: " + setCookies));
    }
}
