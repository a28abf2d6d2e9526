package io.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rules of ARCHITECTURE.md that a compiler does not check, read from the sources: engine
 * internals only in {@code platform}, and features depending on each other in one direction only.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/io/casedesk");
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void engineInternalsAreUsedOnlyInPlatform() {
        assertThat(sources())
                .filteredOn(source -> !source.feature().equals("platform"))
                .flatExtracting(source -> source.importsStartingWith("org.camunda.bpm.engine.impl")
                        .stream().map(i -> source.path() + " imports " + i).toList())
                .isEmpty();
    }

    @Test
    void customersKnowNothingOfCases() {
        assertThat(sources())
                .filteredOn(source -> source.feature().equals("customers"))
                .flatExtracting(source -> source.importsStartingWith("io.casedesk.cases"))
                .isEmpty();
    }

    @Test
    void businessCalendarsArePlainJava() {
        assertThat(sources())
                .filteredOn(source -> source.path().toString().contains("/sla/calendar/"))
                .flatExtracting(source -> Stream.of("org.springframework", "jakarta.persistence", "org.camunda")
                        .flatMap(prefix -> source.importsStartingWith(prefix).stream()).toList())
                .isEmpty();
    }

    @Test
    void noTwoFeaturesDependOnEachOther() {
        Map<String, List<String>> dependencies = new java.util.TreeMap<>();
        for (Source source : sources()) {
            for (String imported : source.importsStartingWith("io.casedesk.")) {
                String target = imported.substring("io.casedesk.".length()).split("\\.")[0];
                if (!target.equals(source.feature()) && !target.equals("platform")
                        && !Character.isUpperCase(target.charAt(0))) {
                    dependencies.computeIfAbsent(source.feature(), k -> new java.util.ArrayList<>()).add(target);
                }
            }
        }
        dependencies.forEach((feature, targets) -> targets.forEach(target -> assertThat(
                dependencies.getOrDefault(target, List.of()))
                .as("%s depends on %s and %s on %s: a cycle", feature, target, target, feature)
                .doesNotContain(feature)));
    }

    private record Source(Path path, String feature, String text) {

        List<String> importsStartingWith(String prefix) {
            Matcher matcher = IMPORT.matcher(text);
            List<String> found = new java.util.ArrayList<>();
            while (matcher.find()) {
                if (matcher.group(2).startsWith(prefix)) {
                    found.add(matcher.group(2));
                }
            }
            return found;
        }
    }

    private static List<Source> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .map(ArchitectureTest::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source read(Path path) {
        Path relative = MAIN.relativize(path);
        String feature = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        try {
            return new Source(relative, feature, Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
