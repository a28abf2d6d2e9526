package io.casedesk.platform.outage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of the test's own: its own data folder under {@code target/}, its own free port
 * and socket, started and stopped by the test. It never touches the machine's shared server. It can
 * be killed ({@code SIGKILL}), frozen ({@code SIGSTOP}, the nasty case: connections are accepted by
 * the kernel and never answered), thawed and started again on the same data.
 */
final class PrivateMariaDb implements AutoCloseable {

    static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final Duration START_UP = Duration.ofSeconds(60);

    private final Path folder;
    private final int port;
    private Process process;
    private boolean frozen;

    private PrivateMariaDb(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(MARIADBD) && installer() != null;
    }

    /** A fresh data folder, initialised and started. */
    static PrivateMariaDb create(Path folder) throws Exception {
        deleteRecursively(folder);
        Files.createDirectories(folder);
        List<String> install = new ArrayList<>(List.of(installer().toString(), "--no-defaults",
                "--datadir=" + folder.resolve("data"), "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (runningAsRoot()) {
            install.add("--user=root");
        }
        Process installing = new ProcessBuilder(install).redirectErrorStream(true)
                .redirectOutput(folder.resolve("install.log").toFile()).start();
        if (!installing.waitFor(60, TimeUnit.SECONDS) || installing.exitValue() != 0) {
            installing.destroyForcibly();
            throw new IllegalStateException("mariadb-install-db failed:\n" + Files.readString(folder.resolve("install.log")));
        }
        var server = new PrivateMariaDb(folder, freePort());
        server.start();
        return server;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true";
    }

    /** Starts the server on the existing data folder and waits until it accepts connections. */
    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults",
                "--datadir=" + folder.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + folder.resolve("mariadb.sock"), "--pid-file=" + folder.resolve("mariadb.pid"),
                "--log-error=" + folder.resolve("error.log"), "--skip-grant-tables", "--skip-name-resolve",
                "--transaction-isolation=READ-COMMITTED", "--innodb-buffer-pool-size=64M",
                "--innodb-flush-log-at-trx-commit=2"));
        if (runningAsRoot()) {
            command.add("--user=root");
        }
        long readyBefore = readyLines();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("stdout.log").toFile())).start();
        frozen = false;
        Instant giveUp = Instant.now().plus(START_UP);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd stopped while starting:\n" + Files.readString(folder.resolve("error.log")));
            }
            if (readyLines() > readyBefore) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("mariadbd did not start within " + START_UP);
    }

    /** The error log says "ready for connections" once per start. */
    private long readyLines() throws IOException {
        Path log = folder.resolve("error.log");
        return Files.exists(log) ? Files.readString(log).lines().filter(l -> l.contains("ready for connections")).count() : 0;
    }

    /** SIGKILL: the server is gone, the port refuses connections. */
    void kill() throws Exception {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        frozen = false;
    }

    /** SIGSTOP: the server hangs. The kernel still accepts connections on its port; nothing answers. */
    void freeze() throws Exception {
        signal("STOP");
        frozen = true;
    }

    void thaw() throws Exception {
        signal("CONT");
        frozen = false;
    }

    boolean accepting() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** Whatever state it is in: thawed (a stopped process ignores SIGTERM until continued) and killed. */
    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            if (frozen) {
                signal("CONT");
            }
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Path installer() {
        return Stream.of("/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db", "/usr/scripts/mariadb-install-db")
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
