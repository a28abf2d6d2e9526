package io.casedesk.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.casedesk.CasedeskApplication;
import io.casedesk.hardening.Attack;

/**
 * Issue 15 item 4: a database first started with the dev profile, then restarted as production.
 * The two starts are two real server processes one after the other on one database of their own,
 * as in production; in this JVM a second Camunda engine would disturb the shared test context's.
 * With {@code -Pmariadb} the database is a separate schema on the same MariaDB server.
 */
class DemoLoginsOutsideDevIntegrationTest {

    static final String STRONG_PASSWORD = "Plum-Orchard-47-Lantern";
    static final Duration START_UP = Duration.ofMinutes(6);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    @DisplayName("attack: restart a dev database as production and log in as admin/admin, analyst/analyst, dana@acme.example/customer")
    @Attack(item = "15.4", attack = "database first started as dev, restarted with a production profile; log in with the demo passwords",
            expected = "demo staff and customer log-ins refused; admin has the configured password, admin/admin refused")
    void demoLogInsDoNotSurviveARestartOutsideDev() throws Exception {
        boolean mariadb = System.getProperty("spring.profiles.active", "").contains("mariadb");
        String url = databaseUrl(mariadb);

        try (var dev = Server.start("dev", url, mariadb ? "dev,mariadb" : "dev")) {
            // the premise: the dev profile's log-ins work on this database
            assertThat(status(dev, "/api/cases", "admin", "admin")).isEqualTo(200);
            assertThat(status(dev, "/api/cases", "analyst", "analyst")).isEqualTo(200);
            assertThat(status(dev, "/api/customer/cases", "dana@acme.example", "customer")).isEqualTo(200);
        }

        try (var production = Server.start("production", url, mariadb ? "mariadb" : "production",
                "--casedesk.security.admin-password=" + STRONG_PASSWORD)) {
            assertThat(status(production, "/api/cases", "admin", STRONG_PASSWORD)).isEqualTo(200);
            // still an administrator: metrics are for camunda-admin only
            assertThat(status(production, "/actuator/prometheus", "admin", STRONG_PASSWORD)).isEqualTo(200);
            assertThat(status(production, "/api/cases", "admin", "admin")).isEqualTo(401);
            for (String demo : List.of("analyst", "analyst2", "manager", "account", "vp", "ceo")) {
                assertThat(status(production, "/api/cases", demo, demo)).as(demo).isEqualTo(401);
            }
            for (String customer : List.of("dana@acme.example", "lee@acme.example", "pia@northwind.example")) {
                assertThat(status(production, "/api/customer/cases", customer, "customer")).as(customer).isEqualTo(401);
            }
        }
    }

    /** Casedesk in a process of its own, on the test classpath; stopped with SIGTERM (graceful shutdown). */
    record Server(Process process, int port, Path log) implements AutoCloseable {

        static Server start(String name, String url, String profiles, String... more) throws Exception {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classPath(),
                    CasedeskApplication.class.getName(),
                    "--spring.profiles.active=" + profiles,
                    "--spring.datasource.url=" + url,
                    "--server.port=" + port,
                    "--camunda.bpm.webapp.enabled=false",
                    "--camunda.bpm.job-execution.enabled=false"));
            command.addAll(List.of(more));
            Path folder = Files.createDirectories(Path.of("target", "demo-logins")).toAbsolutePath();
            Path log = folder.resolve(name + ".log");
            // Not the project folder: its processes/ and forms/ would be found a second time through "." on the class path.
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            var server = new Server(process, port, log);
            server.awaitUp();
            return server;
        }

        /** The test's own class path, without empty entries: those mean "the current folder". */
        private static String classPath() {
            return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .filter(entry -> !entry.isBlank())
                    .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        }

        private void awaitUp() throws Exception {
            var client = HttpClient.newHttpClient();
            Instant giveUp = Instant.now().plus(START_UP);
            while (Instant.now().isBefore(giveUp)) {
                if (!process.isAlive()) {
                    throw new AssertionError("Casedesk stopped while starting:\n" + tail());
                }
                try {
                    var health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(1000);
            }
            close();
            throw new AssertionError("Casedesk did not start within " + START_UP + ":\n" + tail());
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** A database of its own: an H2 file under target/, or a fresh MariaDB schema. */
    private static String databaseUrl(boolean mariadb) throws Exception {
        if (!mariadb) {
            Path folder = Files.createDirectories(Path.of("target", "demo-logins"));
            return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("db-" + System.nanoTime())
                    + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
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

    private int status(Server server, String path, String user, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
