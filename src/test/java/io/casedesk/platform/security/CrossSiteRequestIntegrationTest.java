package io.casedesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.casedesk.IntegrationTest;
import io.casedesk.hardening.Attack;

/**
 * Issue 15 item 1 over plain HTTP: the headers a browser adds when another site's page makes it
 * post to the API. The same attack in a real browser: {@code platform/browser/CrossSiteRequestBrowserTest}.
 */
class CrossSiteRequestIntegrationTest extends IntegrationTest {

    static final String CUSTOMER = "dana@acme.example";
    static final String PASSWORD = "customer";

    @Test
    @DisplayName("attack: a 401 from the API carries WWW-Authenticate: Basic, so browsers prompt and remember the password")
    @Attack(item = "15.1", attack = "call /api/customer/cases without credentials, as a browser would first",
            expected = "401 problem details without a WWW-Authenticate: Basic challenge")
    void theApiNeverChallengesBrowsersForBasicCredentials() {
        for (String path : new String[] { "/api/customer/cases", "/api/cases" }) {
            var reply = get(path, null, null);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).as(path).isNull();
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        var wrong = get("/api/customer/cases", "nobody-" + System.nanoTime() + "@acme.example", "guess");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).isNull();
    }

    @Test
    @DisplayName("attack: another origin's form posts to …/confirm and …/attachments with the browser's remembered credentials")
    @Attack(item = "15.1", attack = "POST …/confirm and a multipart upload with Origin/Sec-Fetch-Site of another site and valid Basic credentials",
            expected = "403 problem details, case still Resolved, no attachment; scripts without those headers still work")
    void statechangingRequestsFromAnotherSiteAreRefused() {
        String number = aResolvedCase();

        var forgedConfirm = send(request("/api/customer/cases/" + number + "/confirm", CUSTOMER, PASSWORD)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://evil.example")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertCrossSiteProblem(forgedConfirm);

        // another port of the same host is "same-site" for a browser, and still another origin
        var sameSite = send(request("/api/customer/cases/" + number + "/confirm", CUSTOMER, PASSWORD)
                .header("Origin", "http://localhost:" + (port == 9 ? 10 : 9))
                .header("Sec-Fetch-Site", "same-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertCrossSiteProblem(sameSite);

        // an older browser without Fetch Metadata still sends Origin; a sandboxed or data: page sends "null"
        for (String origin : new String[] { "http://evil.example", "null" }) {
            var originOnly = send(request("/api/customer/cases/" + number + "/confirm", CUSTOMER, PASSWORD)
                    .header("Origin", origin).POST(HttpRequest.BodyPublishers.noBody()));
            assertCrossSiteProblem(originOnly);
        }

        var forgedUpload = send(request("/api/customer/cases/" + number + "/attachments", CUSTOMER, PASSWORD)
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .header("Origin", "http://evil.example")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        --XyZ\r
                        Content-Disposition: form-data; name="file"; filename="evil.txt"\r
                        Content-Type: text/plain\r
                        \r
                        planted by another site\r
                        --XyZ--\r
                        """, StandardCharsets.UTF_8)));
        assertCrossSiteProblem(forgedUpload);

        var unchanged = get("/api/customer/cases/" + number, CUSTOMER, PASSWORD).json();
        assertThat(unchanged.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(unchanged.path("attachments")).isEmpty();

        // reading is no change: a browser's own navigation keeps working
        assertThat(send(request("/api/customer/cases/" + number, CUSTOMER, PASSWORD).header("Sec-Fetch-Site", "cross-site")
                .GET()).status()).isEqualTo(200);
        // a page of Casedesk itself (same origin) may change things
        assertThat(send(request("/api/customer/cases/" + number + "/replies", CUSTOMER, PASSWORD)
                .header("Content-Type", "application/json")
                .header("Origin", "http://localhost:" + port)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Thanks, testing it now\"}"))).status()).isEqualTo(201);
        // a script (no browser headers) confirms as before
        var confirmed = post("/api/customer/cases/" + number + "/confirm", CUSTOMER, PASSWORD, Map.of());
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asText()).isEqualTo("CLOSED");
    }

    private void assertCrossSiteProblem(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).endsWith("/cross-site-request");
    }

    private String aResolvedCase() {
        var created = post("/api/customer/cases", CUSTOMER, PASSWORD, Map.of("subject", "Cross-site check",
                "description", "A case another site will try to close", "category", "Question", "priority", "P3",
                "environment", "TEST"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String number = created.json().get("number").asText();
        assertThat(post("/api/cases/" + number + "/respond", "analyst", "analyst", Map.of("reply", "Looking")).status())
                .isEqualTo(200);
        var resolved = post("/api/cases/" + number + "/resolve", "analyst", "analyst", Map.of("cause",
                "CONFIGURATION_ERROR", "solutionType", "WORKAROUND", "summary", "Changed a setting"));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        return number;
    }
}
