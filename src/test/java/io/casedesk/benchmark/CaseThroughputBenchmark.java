package io.casedesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import io.casedesk.IntegrationTest;

/**
 * Throughput and latency of the case API over real HTTP: customers opening cases (case row +
 * lifecycle process + SLA evaluation in one transaction), analysts triaging them, staff searching.
 * Prints figures; asserts only that every request succeeded. Run with {@code ./mvnw -Pbenchmark verify}.
 */
class CaseThroughputBenchmark extends IntegrationTest {

    private final int cases = Integer.getInteger("benchmark.cases", 400);
    private final int threads = Integer.getInteger("benchmark.threads", 4);

    @Autowired
    Environment environment;

    @Test
    void openTriageAndSearch() throws Exception {
        warmUp();
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());

        Result open = run("open case (customer)", cases, i -> {
            var reply = post("/api/customer/cases", "dana@acme.example", "customer", Map.of(
                    "subject", "Benchmark case " + i, "description", "Load test case number " + i,
                    "category", "Defect", "priority", "P" + (2 + i % 3), "environment", i % 2 == 0 ? "PRODUCTION" : "TEST"));
            if (reply.status() == 201) {
                numbers.add(reply.json().get("number").asText());
            }
            return reply.status() == 201;
        });
        Result triage = run("triage + first reply (analyst)", numbers.size(), i -> post(
                "/api/cases/" + numbers.get(i) + "/respond", "analyst", "analyst",
                Map.of("reply", "We are on it (" + i + ")")).status() == 200);
        Result search = run("search open cases by text", 200, i -> get(
                "/api/cases?q=Benchmark%20case%20" + (i * 7 % cases) + "&size=20", "analyst", "analyst").status() == 200);
        Result detail = run("read case with history", 200, i -> get(
                "/api/cases/" + numbers.get(i % numbers.size()), "analyst", "analyst").status() == 200);

        var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("%n=== Casedesk case API benchmark — database %s, %d threads, %d cores ===%n",
                environment.matchesProfiles("mariadb") ? "MariaDB" : "H2 (in memory)", threads,
                Runtime.getRuntime().availableProcessors());
        for (Result result : List.of(open, triage, search, detail)) {
            System.out.println(result);
        }
        System.out.printf("heap used after run: %d MiB (committed %d MiB)%n%n", memory.getUsed() >> 20,
                memory.getCommitted() >> 20);

        for (Result result : List.of(open, triage, search, detail)) {
            assertThat(result.failures()).as(result.name()).isZero();
        }
    }

    private void warmUp() throws Exception {
        run("warm-up", 20, i -> get("/api/cases?size=5", "analyst", "analyst").status() == 200);
    }

    record Result(String name, int requests, int failures, double seconds, long p50, long p95, long max) {
        @Override
        public String toString() {
            return String.format("%-34s %5d requests  %7.1f req/s  p50 %4d ms  p95 %4d ms  max %5d ms  failures %d",
                    name, requests, requests / seconds, p50, p95, max, failures);
        }
    }

    private Result run(String name, int count, IntFunction<Boolean> call) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.apply(n);
                    } catch (RuntimeException | AssertionError e) {
                        ok = false;
                    }
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                    if (!ok) {
                        failures.add(n);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(name, count, failures.size(), seconds, percentile(sorted, 50), percentile(sorted, 95),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}
