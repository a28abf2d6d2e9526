package io.casedesk.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Writes the hardening summary table the issue asks for: one row per {@link Attack} test
 * (item, attack or fault, expected, result, suite, test) in {@code target/hardening-summary.md}.
 *
 * <p>Registered for every test through {@code META-INF/services} (JUnit's extension autodetection,
 * switched on in {@code junit-platform.properties}); tests without {@code @Attack} are ignored.
 * Surefire, failsafe and the browser run are separate JVMs writing the same file, possibly at the
 * same moment: each write holds an OS file lock. A row is keyed by suite and test, so running a
 * suite again replaces its rows instead of piling up stale results; other suites' rows stay.
 */
public class HardeningSummary implements TestWatcher {

    static final String FILE_PROPERTY = "hardening.summary";
    static final String HEADER = """
            # Hardening summary (issue 15)

            | item | attack or fault | expected | result | suite | test |
            |---|---|---|---|---|---|
            """;

    /** One JVM may run tests in parallel; FileLock alone would throw for a second lock from the same JVM. */
    private static final Object JVM_LOCK = new Object();

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, "PASSED");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, "FAILED");
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        record(context, "ABORTED");
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        record(context, "DISABLED");
    }

    private static void record(ExtensionContext context, String result) {
        context.getTestMethod().map(m -> m.getAnnotation(Attack.class)).ifPresent(attack -> {
            String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            if (context.getDisplayName().startsWith("[")) {
                test += " " + context.getDisplayName(); // one invocation of a parameterized or repeated test
            }
            String suite = suite();
            String key = "| " + cell(suite) + " | " + cell(test) + " |";
            String row = "| " + cell(attack.item()) + " | " + cell(attack.attack()) + " | " + cell(attack.expected())
                    + " | " + result + " " + key;
            write(file(), key, row);
        });
    }

    static Path file() {
        return Path.of(System.getProperty(FILE_PROPERTY, "target/hardening-summary.md"));
    }

    /** Which run wrote the row: failsafe passes the Spring profiles (and the browser binaries) to its JVM. */
    static String suite() {
        if (System.getProperty("browser.chromium") != null) {
            return "browser";
        }
        String profiles = System.getProperty("spring.profiles.active");
        if (profiles == null) {
            return "unit";
        }
        return profiles.contains("mariadb") ? "mariadb" : "h2";
    }

    /** Replaces the row with the same suite and test, or appends it, under a lock all JVMs respect. */
    static void write(Path file, String key, String row) {
        synchronized (JVM_LOCK) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                    ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
                    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                        // read it all
                    }
                    String existing = new String(buffer.array(), StandardCharsets.UTF_8);
                    List<String> rows = new ArrayList<>();
                    for (String line : existing.split("\n")) {
                        if (line.startsWith("| ") && line.endsWith(key) && !HEADER.contains(line)) {
                            continue;
                        }
                        if (line.startsWith("| ") && !HEADER.contains(line)) {
                            rows.add(line);
                        }
                    }
                    rows.add(row);
                    String text = HEADER + String.join("\n", rows) + "\n";
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the hardening summary " + file, e);
            }
        }
    }

    /** Markdown table cells: one line, no column breaks. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
