package io.casedesk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary table stays one well-formed table whatever order and concurrency the rows arrive in. */
class HardeningSummaryTest {

    @TempDir
    Path folder;

    @Test
    void concurrentWritersEachLeaveTheirRowOnce() throws Exception {
        Path file = folder.resolve("target/hardening-summary.md");
        ExecutorService writers = Executors.newFixedThreadPool(8);
        IntStream.range(0, 40).forEach(i -> writers.submit(() -> HardeningSummary.write(file, "| h2 | Test.t" + i + " |",
                "| 15.1 | attack " + i + " | refused | PASSED | h2 | Test.t" + i + " |")));
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        var lines = Files.readAllLines(file);
        assertThat(lines).startsWith(HardeningSummary.HEADER.split("\n"));
        assertThat(lines.stream().filter(l -> l.startsWith("| 15.1 "))).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void aRerunReplacesTheRowOfTheSameSuiteAndTestOnly() throws Exception {
        Path file = folder.resolve("hardening-summary.md");
        HardeningSummary.write(file, "| h2 | A.a |", "| 15.5 | guess | locked | FAILED | h2 | A.a |");
        HardeningSummary.write(file, "| mariadb | A.a |", "| 15.5 | guess | locked | PASSED | mariadb | A.a |");
        HardeningSummary.write(file, "| h2 | A.a |", "| 15.5 | guess | locked | PASSED | h2 | A.a |");

        assertThat(Files.readAllLines(file)).filteredOn(l -> l.startsWith("| 15.5"))
                .containsExactly("| 15.5 | guess | locked | PASSED | mariadb | A.a |",
                        "| 15.5 | guess | locked | PASSED | h2 | A.a |");
    }

    @Test
    void cellsStayOnOneLineAndInTheirColumn() {
        assertThat(HardeningSummary.cell(" a | b\n  c ")).isEqualTo("a \\| b c");
    }
}
