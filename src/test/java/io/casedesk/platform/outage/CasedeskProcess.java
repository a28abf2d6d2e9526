package io.casedesk.platform.outage;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.casedesk.CasedeskApplication;

/**
 * Casedesk as a real server process on the test class path, so that a test can send it SIGTERM and
 * time how long it takes to stop, as an orchestrator would.
 */
final class CasedeskProcess implements AutoCloseable {

    private static final Duration START_UP = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path log;

    private CasedeskProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static CasedeskProcess start(Path folder, String name, String... arguments) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-cp", classPath(),
                CasedeskApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(List.of(arguments));
        Files.createDirectories(folder);
        Path log = folder.resolve(name + ".log");
        // Not the project folder: its processes/ and forms/ would be found a second time through "." on the class path.
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        var server = new CasedeskProcess(process, port, log);
        server.awaitUp();
        return server;
    }

    int port() {
        return port;
    }

    Process process() {
        return process;
    }

    Path log() {
        return log;
    }

    /** SIGTERM, as {@code docker stop} or Kubernetes send it; returns how long the process took to exit, or null. */
    Duration terminate(Duration patience) throws InterruptedException {
        Instant sent = Instant.now();
        process.destroy();
        return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS) ? Duration.between(sent, Instant.now()) : null;
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The test's own class path, without empty entries: those mean "the current folder". */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private void awaitUp() throws Exception {
        var client = HttpClient.newHttpClient();
        Instant giveUp = Instant.now().plus(START_UP);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new AssertionError("Casedesk stopped while starting:\n" + tail(60));
            }
            try {
                var health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        close();
        throw new AssertionError("Casedesk did not start within " + START_UP + ":\n" + tail(60));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
