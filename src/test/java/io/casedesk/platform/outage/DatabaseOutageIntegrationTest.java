package io.casedesk.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.casedesk.hardening.Attack;

/**
 * Issue 15 item 9: the database goes away under a running Casedesk. A MariaDB server of the test's
 * own ({@link PrivateMariaDb}, never the machine's shared one) is killed (SIGKILL) or frozen
 * (SIGSTOP: connections hang instead of being refused), and Casedesk, a real server process
 * ({@link CasedeskProcess}), must answer fast with 503 problem details and {@code Retry-After},
 * report itself not ready, recover by itself, and stop within 30 s when told to, whatever the
 * database does. Runs with {@code -Pmariadb} only, and only where {@code /usr/sbin/mariadbd} exists.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIntegrationTest {

    static final String ADMIN_PASSWORD = "Plum-Orchard-47-Lantern";
    /** What a client may have to wait for an answer while the database is away. */
    static final Duration FAST = Duration.ofSeconds(5);
    static final Duration RECOVERY = Duration.ofSeconds(60);
    static final Duration SHUTDOWN = Duration.ofSeconds(30);
    static final Path FOLDER = Path.of("target", "database-outage").toAbsolutePath();

    static PrivateMariaDb database;
    static CasedeskProcess node;

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startDatabaseAndCasedesk() throws Exception {
        assumeTrue(System.getProperty("spring.profiles.active", "").contains("mariadb"), "MariaDB suite only (-Pmariadb)");
        assumeTrue(PrivateMariaDb.installed(), "needs " + PrivateMariaDb.MARIADBD + " and mariadb-install-db");
        database = PrivateMariaDb.create(FOLDER.resolve("mariadb"));
        node = startCasedesk("node-1");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (node != null) {
                node.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    @Order(1)
    @Attack(item = "15.9", attack = "database server killed (SIGKILL) under a running node; staff API, engine REST and probes called",
            expected = "503 problem details with Retry-After within 5 s, readiness DOWN, liveness UP; all UP again by itself after the restart")
    void killedDatabase() throws Exception {
        assertWorking();
        database.kill();
        try {
            assertAnswersUnavailableFast();
        } finally {
            database.start();
        }
        assertRecoversByItself();
    }

    @Test
    @Order(2)
    @Attack(item = "15.9", attack = "database server frozen (SIGSTOP: connections accepted, never answered) under a running node",
            expected = "503 problem details with Retry-After within 5 s, readiness DOWN, liveness UP; all UP again by itself after SIGCONT")
    void frozenDatabase() throws Exception {
        assertWorking();
        database.freeze();
        try {
            assertAnswersUnavailableFast();
        } finally {
            database.thaw();
        }
        assertRecoversByItself();
    }

    @Test
    @Order(3)
    @Attack(item = "15.9", attack = "SIGTERM to a node while its database is frozen (SIGSTOP) and a request waits for it",
            expected = "the node exits within 30 s, gracefully (not stopped by its shutdown deadline)")
    void shutdownWithFrozenDatabase() throws Exception {
        assertWorking();
        database.freeze();
        try {
            assertStopsInTime(node);
        } finally {
            database.thaw();
        }
    }

    @Test
    @Order(4)
    @Attack(item = "15.9", attack = "SIGTERM to a node while its database is gone (SIGKILL) and a request waits for it",
            expected = "the node exits within 30 s, gracefully (not stopped by its shutdown deadline)")
    void shutdownWithKilledDatabase() throws Exception {
        node = startCasedesk("node-2");
        assertWorking();
        database.kill();
        try {
            assertStopsInTime(node);
        } finally {
            database.start();
        }
    }

    private static CasedeskProcess startCasedesk(String name) throws Exception {
        // No connection settings beyond the server's address: the defaults Casedesk ships with are what is tested.
        return CasedeskProcess.start(FOLDER, name,
                "--spring.profiles.active=mariadb",
                "--spring.datasource.url=" + database.jdbcUrl("casedesk"),
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--casedesk.security.admin-password=" + ADMIN_PASSWORD,
                "--camunda.bpm.webapp.enabled=false");
    }

    private void assertWorking() throws Exception {
        assertThat(call("/api/cases").status()).as("staff API before the outage").isEqualTo(200);
        assertThat(call("/actuator/health/readiness").status()).as("readiness before the outage").isEqualTo(200);
    }

    private void assertAnswersUnavailableFast() throws Exception {
        // the pool's connections are idle a moment, so that a borrower has to find out they are dead
        Thread.sleep(1000);
        for (String path : new String[] { "/api/cases", "/api/cases?page=0&size=5", "/engine-rest/task/count" }) {
            Answer answer = call(path);
            assertThat(answer.took()).as("%s answered after %s: %s", path, answer.took(), answer).isLessThan(FAST);
            assertThat(answer.status()).as("%s: %s", path, answer).isEqualTo(503);
            assertThat(answer.contentType()).as("%s: %s", path, answer).startsWith("application/problem+json");
            assertThat(answer.retryAfter()).as("%s Retry-After: %s", path, answer).matches("[1-9][0-9]*");
            JsonNode problem = json.readTree(answer.body());
            assertThat(problem.path("type").asText()).as(answer.body()).isEqualTo("https://casedesk.io/problems/database-unavailable");
            assertThat(problem.path("status").asInt()).isEqualTo(503);
        }
        Answer readiness = call("/actuator/health/readiness");
        assertThat(readiness.took()).as("readiness answered after %s", readiness.took()).isLessThan(FAST);
        assertThat(readiness.status()).as("readiness: %s", readiness).isEqualTo(503);
        assertThat(json.readTree(readiness.body()).path("status").asText()).isEqualTo("DOWN");
        Answer liveness = call("/actuator/health/liveness");
        assertThat(liveness.took()).isLessThan(FAST);
        assertThat(liveness.status()).as("liveness: %s", liveness).isEqualTo(200);
    }

    private void assertRecoversByItself() throws Exception {
        Instant back = Instant.now();
        Instant giveUp = back.plus(RECOVERY);
        Answer api = null;
        Answer readiness = null;
        while (Instant.now().isBefore(giveUp)) {
            api = call("/api/cases");
            readiness = call("/actuator/health/readiness");
            if (api.status() == 200 && readiness.status() == 200) {
                System.out.printf("Recovered %s after the database came back%n", Duration.between(back, Instant.now()));
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not recovered within " + RECOVERY + ": API " + api + ", readiness " + readiness);
    }

    private void assertStopsInTime(CasedeskProcess server) throws Exception {
        // a request that waits for the database when the signal comes
        CompletableFuture<Answer> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return call("/api/cases");
            } catch (Exception e) {
                return null;
            }
        });
        Thread.sleep(500);
        Duration took = server.terminate(SHUTDOWN.plusSeconds(45));
        try {
            assertThat(took).as("the node did not exit within %s of SIGTERM:%n%s", SHUTDOWN.plusSeconds(45), server.tail(80))
                    .isNotNull();
            System.out.printf("Stopped %s after SIGTERM%n", took);
            assertThat(took).as("SIGTERM to exit; log:%n%s", server.tail(80)).isLessThanOrEqualTo(SHUTDOWN);
            // a graceful shutdown, not the deadline's forced stop (the safety net for what this test does not do)
            assertThat(java.nio.file.Files.readString(server.log())).doesNotContain("Shutdown still not finished");
        } finally {
            server.close();
            waiting.cancel(true);
        }
    }

    /** As the administrator; the probes as an orchestrator calls them, without credentials. */
    private Answer call(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .timeout(Duration.ofSeconds(45));
        if (!path.startsWith("/actuator/health")) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        Instant sent = Instant.now();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(),
                    Duration.between(sent, Instant.now()));
        } catch (java.net.http.HttpTimeoutException e) {
            return new Answer(0, "", null, "no answer: " + e.getMessage(), Duration.between(sent, Instant.now()));
        }
    }

    record Answer(int status, String contentType, String retryAfter, String body, Duration took) {
    }
}
