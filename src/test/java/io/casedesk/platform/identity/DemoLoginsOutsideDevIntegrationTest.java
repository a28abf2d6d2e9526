package io.casedesk.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.casedesk.CasedeskApplication;
import io.casedesk.hardening.Attack;

/**
 * Issue 15 item 4: a database first started with the dev profile, then restarted as production.
 * This test needs two applications one after the other on one database of its own, so unlike the
 * other integration tests it does not share their context: it starts its own, with an engine of
 * its own name and without the Camunda web apps, so that the shared context's engine is untouched.
 * With {@code -Pmariadb} the database is a separate schema on the same MariaDB server.
 */
class DemoLoginsOutsideDevIntegrationTest {

    static final String STRONG_PASSWORD = "Plum-Orchard-47-Lantern";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    @DisplayName("attack: restart a dev database as production and log in as admin/admin, analyst/analyst, dana@acme.example/customer")
    @Attack(item = "15.4", attack = "database first started as dev, restarted with a production profile; log in with the demo passwords",
            expected = "demo staff and customer log-ins refused; admin has the configured password, admin/admin refused")
    void demoLogInsDoNotSurviveARestartOutsideDev() throws Exception {
        boolean mariadb = System.getProperty("spring.profiles.active", "").contains("mariadb");
        String url = databaseUrl(mariadb);

        try (var dev = start(url, mariadb ? "dev,mariadb" : "dev")) {
            int port = port(dev);
            // the premise: the dev profile's log-ins work on this database
            assertThat(status(port, "/api/cases", "admin", "admin")).isEqualTo(200);
            assertThat(status(port, "/api/cases", "analyst", "analyst")).isEqualTo(200);
            assertThat(status(port, "/api/customer/cases", "dana@acme.example", "customer")).isEqualTo(200);
        }

        try (var production = start(url, mariadb ? "mariadb" : "production",
                "--casedesk.security.admin-password=" + STRONG_PASSWORD)) {
            int port = port(production);
            assertThat(status(port, "/api/cases", "admin", STRONG_PASSWORD)).isEqualTo(200);
            assertThat(status(port, "/api/cases", "admin", "admin")).isEqualTo(401);
            for (String demo : List.of("analyst", "analyst2", "manager", "account", "vp", "ceo")) {
                assertThat(status(port, "/api/cases", demo, demo)).as(demo).isEqualTo(401);
            }
            for (String customer : List.of("dana@acme.example", "lee@acme.example", "pia@northwind.example")) {
                assertThat(status(port, "/api/customer/cases", customer, "customer")).as(customer).isEqualTo(401);
            }
            IdentityService identity = production.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().userId("analyst").count()).isZero();
            assertThat(identity.createUserQuery().userId("admin").memberOfGroup(StaffGroups.ADMINS).count()).isOne();
        }
    }

    private static ConfigurableApplicationContext start(String url, String profiles, String... more) {
        List<String> args = new ArrayList<>(List.of(
                // command-line arguments win over failsafe's spring.profiles.active system property
                "--spring.profiles.active=" + profiles,
                "--spring.datasource.url=" + url,
                "--server.port=0",
                "--camunda.bpm.process-engine-name=demo-logins",
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(CasedeskApplication.class).run(args.toArray(String[]::new));
    }

    /** A database of its own: an in-memory H2 kept between the two starts, or a fresh MariaDB schema. */
    private static String databaseUrl(boolean mariadb) throws Exception {
        if (!mariadb) {
            return "jdbc:h2:mem:demo-logins-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        }
        String shared = System.getProperty("CASEDESK_DB_URL",
                "jdbc:mariadb://127.0.0.1:3306/casedesk_it?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true");
        String server = shared.substring(0, shared.indexOf('/', "jdbc:mariadb://".length()) + 1);
        String database = shared.substring(server.length()).replaceAll("\\?.*", "") + "_demo_logins";
        try (var connection = DriverManager.getConnection(server, System.getenv().getOrDefault("CASEDESK_DB_USER", "root"),
                System.getenv().getOrDefault("CASEDESK_DB_PASSWORD", ""))) {
            connection.createStatement().execute("drop database if exists " + database);
        }
        return server + database + "?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true";
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private int status(int port, String path, String user, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
