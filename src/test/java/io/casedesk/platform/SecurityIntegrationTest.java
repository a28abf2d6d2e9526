package io.casedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.casedesk.IntegrationTest;

/** The security baseline of the Foundation issue, checked over HTTP against the running application. */
class SecurityIntegrationTest extends IntegrationTest {

    /**
     * Camunda throttles a user's logins for a few seconds after a wrong password, so wrong-password
     * probes use a throwaway account rather than a demo user other tests log in with.
     */
    private String probe;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void createProbeUser() {
        probe = ProbeUsers.inGroup(identity, "support-analysts");
    }

    @Test
    void engineRestNeedsCredentialsEvenForTheEngineList() {
        assertThat(get("/engine-rest/engine", null, null).status()).isEqualTo(401);
        assertThat(get("/engine-rest/engine", probe, "wrong-password").status()).isEqualTo(401);
        assertThat(get("/engine-rest/engine", "nobody", "whatever").status()).isEqualTo(401);
        var engines = get("/engine-rest/engine", "admin", "admin");
        assertThat(engines.status()).isEqualTo(200);
        assertThat(engines.json().get(0).get("name").asText()).isEqualTo("default");
    }

    @Test
    void engineRestAppliesEngineAuthorizationsForTheCallingUser() {
        long asAnalyst = get("/engine-rest/authorization/count", "analyst", "analyst").json().get("count").asLong();
        long asAdmin = get("/engine-rest/authorization/count", "admin", "admin").json().get("count").asLong();
        assertThat(asAnalyst).isZero();
        assertThat(asAdmin).isPositive();
    }

    @Test
    void customersNeverReachTheEngine() {
        assertThat(get("/engine-rest/task", "dana@acme.example", "customer").status()).isEqualTo(403);
        assertThat(get("/engine-rest/engine", "dana@acme.example", "customer").status()).isEqualTo(403);
    }

    @Test
    void healthIsPublicAndUp() {
        var health = get("/actuator/health", null, null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        assertThat(get("/actuator/prometheus", null, null).status()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "analyst", "analyst").status()).isEqualTo(403);
        var metrics = get("/actuator/prometheus", "admin", "admin");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void caseApiAnswersProblemDetailsWhenNotLoggedIn() {
        var reply = get("/api/cases", null, null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        // no Basic challenge: a browser would prompt, remember and replay it (CrossSiteRequestIntegrationTest)
        assertThat(reply.header("WWW-Authenticate")).isNull();
        assertThat(reply.json().get("type").asText()).endsWith("/unauthenticated");
    }

    @Test
    void staffAndCustomerApisAreSeparate() {
        assertThat(get("/api/cases", "dana@acme.example", "customer").status()).isEqualTo(403);
        assertThat(get("/api/customer/cases", "analyst", "analyst").status()).isEqualTo(403);
        assertThat(get("/api/cases", "analyst", "analyst").status()).isEqualTo(200);
        assertThat(get("/api/customer/cases", "dana@acme.example", "customer").status()).isEqualTo(200);
    }

    @Test
    void demoStaffLogIntoTheirCamundaWebApps() throws Exception {
        assertThat(webappLogin("analyst", "analyst", "tasklist")).isEqualTo(200);
        assertThat(webappLogin("manager", "manager", "cockpit")).isEqualTo(200);
        assertThat(webappLogin("admin", "admin", "admin")).isEqualTo(200);
        assertThat(webappLogin("analyst", "analyst", "cockpit")).isEqualTo(403);
        assertThat(webappLogin(probe, "wrong", "tasklist")).isEqualTo(401);
        assertThat(webappLogin("dana@acme.example", "customer", "tasklist")).isEqualTo(401);
    }

    /** Logs in the way the Camunda web apps do: page load for the CSRF cookie, then the login call. */
    private int webappLogin(String user, String password, String app) throws Exception {
        var cookies = new CookieManager();
        var client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
        var login = HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + java.net.URLEncoder.encode(user, "UTF-8")
                        + "&password=" + password))
                .build();
        return client.send(login, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
