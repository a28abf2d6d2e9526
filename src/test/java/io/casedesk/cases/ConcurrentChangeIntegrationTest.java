package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.casedesk.IntegrationTest;

/**
 * Two agents act on the same case at the same moment, without If-Match: exactly one wins, the
 * other gets a 409 problem, and the row, the history and the process reflect the winner only.
 */
class ConcurrentChangeIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @RepeatedTest(3)
    void simultaneousActionsNeverLoseAnUpdate() throws Exception {
        var created = post("/api/customer/cases", "dana@acme.example", "customer", Map.of("subject", "Race",
                "description", "Two agents at once", "category", "Defect", "priority", "P3", "environment", "TEST"));
        String number = created.json().get("number").asText();
        assertThat(post("/api/cases/" + number + "/respond", "analyst", "analyst", Map.of("reply", "Hi")).status())
                .isEqualTo(200);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Reply> pending = pool.submit(() -> {
                start.await();
                return post("/api/cases/" + number + "/pending", "analyst", "analyst", Map.of("reason", "logs"));
            });
            Future<Reply> resolve = pool.submit(() -> {
                start.await();
                return post("/api/cases/" + number + "/resolve", "analyst2", "analyst2",
                        Map.of("cause", "NOT_A_DEFECT", "solutionType", "ANSWER", "summary", "Works as designed"));
            });
            start.countDown();
            List<Reply> replies = List.of(pending.get(), resolve.get());

            assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
            Reply loser = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(loser.header("Content-Type")).startsWith("application/problem+json");
            String winnerStatus = replies.get(0).status() == 200 ? "PENDING" : "RESOLVED";

            long caseId = jdbc.queryForObject("select id from cd_case where case_number = ?", Long.class, number);
            assertThat(jdbc.queryForObject("select status from cd_case where id = ?", String.class, caseId))
                    .isEqualTo(winnerStatus);
            assertThat(jdbc.queryForList("select to_status from cd_case_status_change where case_id = ? order by changed_at, id",
                    String.class, caseId)).containsExactly("OPEN", "IN_PROGRESS", winnerStatus);
        } finally {
            pool.shutdownNow();
        }
    }
}
