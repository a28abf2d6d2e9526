package io.casedesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import io.casedesk.IntegrationTest;
import io.casedesk.cases.Actor;
import io.casedesk.cases.BusinessImpact;
import io.casedesk.cases.Case;
import io.casedesk.cases.CaseActions;
import io.casedesk.cases.CaseDraft;
import io.casedesk.cases.Channel;
import io.casedesk.cases.NewCase;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.escalation.process.EscalationProcess;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaTarget;

/**
 * Many SLA timers falling due at once (issue 15 item 0, issue 16 benchmark 2): N policy C P1 cases
 * (first response in 2 business hours on the 24x7 emergency calendar, warning at 75 %) are logged
 * as phone calls received at {@code T − 2 h}, so the SLA module itself computes a first-response due
 * time of exactly {@code T} for every one of them and the lifecycle's real {@code Timer_FirstResponseDue}
 * jobs carry that due date; nothing in the engine's or Casedesk's tables is edited. Their warnings
 * (due at {@code T − 30 min}, already past) fire while the cases are being created, which is not
 * measured. From {@code T} on the shipped job executor works the burst off; the benchmark measures
 * when each breach was recorded ({@code cd_sla_event}) and when each case's escalation task exists
 * (engine task query), the fire lag (breach recorded − due time), incidents, failed jobs and the
 * connection pool's peak use. It asserts only correctness: every breach reaches the ladder or ends
 * as an incident. With {@code -Dbenchmark.rate=50} the due times are spread at that many per second
 * instead (the steady-rate variant).
 *
 * <p>{@code ./mvnw -Pbenchmark,mariadb verify -Dit.test=TimerBurstBenchmark -Dbenchmark.timers=1000
 * -Dit.db.url=...}; the summary goes to {@code target/benchmarks/timer-burst.md}.
 */
class TimerBurstBenchmark extends IntegrationTest {

    private static final String FIRST_RESPONSE_DUE_TIMER = "Timer_FirstResponseDue";
    /** Policy C P1: first response within 2 business hours on the 24x7 emergency calendar. */
    private static final Duration FIRST_RESPONSE_TARGET = Duration.ofHours(2);

    private final int timers = Integer.getInteger("benchmark.timers", 1000);
    private final int threads = Integer.getInteger("benchmark.threads", 4);
    /** 0: all at the same instant; otherwise due times spread at this many per second. */
    private final int rate = Integer.getInteger("benchmark.rate", 0);
    /** Seconds from the start of creation to the first due time; default from the case count. */
    private final long margin = Long.getLong("benchmark.margin", 120 + timers * 12L / 100);
    private final long timeout = Long.getLong("benchmark.timeout", 600 + timers / 5L);

    @Autowired
    CaseActions actions;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    ProcessEngine engine;
    @Autowired
    SlaClocks clocks;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext context;

    @Test
    void dueTimersAreWorkedOffAndEveryBreachReachesTheLadder() throws Exception {
        String loadBefore = loadAverage();
        long incidentsBefore = runtime.createIncidentQuery().count();
        long failuresBefore = history.createHistoricJobLogQuery().failureLog().count();
        Instant creationStart = clock.instant();
        Instant firstDue = creationStart.plusSeconds(margin).truncatedTo(ChronoUnit.SECONDS);
        Instant lastDue = dueOf(firstDue, timers - 1);

        // 1. the cases, through the real services (case row + lifecycle + DMN + SLA clocks per transaction)
        Map<Long, String> lifecycleOfCase = createCases(firstDue);
        Instant created = clock.instant();
        long minCase = Collections.min(lifecycleOfCase.keySet());
        long maxCase = Collections.max(lifecycleOfCase.keySet());
        Instant sampleDue = clocks.dueByTarget(minCase).get(SlaTarget.FIRST_RESPONSE);

        // 2. wait until every case waits at its first-response-due timer (the warnings have fired), due as computed
        long armed = waitUntilArmed(firstDue, lastDue);
        Instant ready = armedAt;
        boolean valid = armed == timers && ready.isBefore(firstDue);

        // 3. the burst: sample the pool, poll progress until every case has its escalation task
        PoolSampler pool = new PoolSampler(dataSource, context);
        Thread sampler = new Thread(pool, "hikari-sampler");
        sampler.setDaemon(true);
        sampler.start();
        List<String> progress = new ArrayList<>();
        Instant deadline = lastDue.plusSeconds(timeout);
        long breaches = 0;
        long escalationTasks = 0;
        Instant allBreachesSeen = null;
        Instant allTasksSeen = null;
        Date tasksAfter = Date.from(firstDue.minusSeconds(1));
        long nextReport = 0;
        while (clock.instant().isBefore(deadline)) {
            Thread.sleep(500);
            breaches = countBreaches(minCase, maxCase);
            escalationTasks = tasks.createTaskQuery().processDefinitionKey(EscalationProcess.KEY)
                    .taskCreatedAfter(tasksAfter).count();
            Instant now = clock.instant();
            if (allBreachesSeen == null && breaches >= timers) {
                allBreachesSeen = now;
            }
            long sinceDue = Duration.between(firstDue, now).toSeconds();
            if (sinceDue >= nextReport) {
                String line = "T+%4ds  breaches %6d  escalation tasks %6d  pool active/waiting %d/%d".formatted(sinceDue,
                        breaches, escalationTasks, pool.active.get(), pool.waiting.get());
                System.out.println(line);
                progress.add(line);
                nextReport = sinceDue + (sinceDue < 60 ? 5 : 30);
            }
            if (breaches >= timers && escalationTasks >= timers && casesWithEscalationTask(minCase, maxCase, tasksAfter).size() >= timers) {
                allTasksSeen = now;
                break;
            }
        }
        pool.stop.set(true);
        sampler.join(2000);
        String loadAfter = loadAverage();

        // 4. per-case outcome
        Map<Long, Breach> breachOf = breaches(minCase, maxCase);
        Map<Long, Instant> taskOf = casesWithEscalationTask(minCase, maxCase, tasksAfter);
        Map<String, Long> caseOfInstance = new HashMap<>();
        lifecycleOfCase.forEach((caseId, instance) -> caseOfInstance.put(instance, caseId));
        Set<Long> withIncident = new HashSet<>();
        List<String> incidentMessages = new ArrayList<>();
        for (Incident incident : runtime.createIncidentQuery().list()) {
            Long caseId = caseOfInstance.get(incident.getProcessInstanceId());
            if (caseId == null) {
                caseId = caseOfEscalation(incident.getProcessInstanceId(), minCase, maxCase);
            }
            if (caseId != null) {
                withIncident.add(caseId);
                incidentMessages.add(incident.getActivityId() + ": " + incident.getIncidentMessage());
            }
        }
        List<Long> lost = new ArrayList<>();
        List<Long> neverBreached = new ArrayList<>();
        for (long caseId : lifecycleOfCase.keySet()) {
            if (taskOf.containsKey(caseId) || withIncident.contains(caseId)) {
                continue;
            }
            (breachOf.containsKey(caseId) ? lost : neverBreached).add(caseId);
        }
        long handedOver = jdbc.queryForObject("select count(*) from cd_sla_clock where case_id between ? and ?"
                + " and state = 'BREACHED' and breach_handed_over = true", Long.class, minCase, maxCase);
        long incidentsAfter = runtime.createIncidentQuery().count();
        List<HistoricJobLog> failures = history.createHistoricJobLogQuery().failureLog()
                .orderByTimestamp().desc().listPage(0, 2000);
        long failedJobRuns = history.createHistoricJobLogQuery().failureLog().count() - failuresBefore;
        Map<String, Integer> failureKinds = new TreeMap<>();
        for (HistoricJobLog failure : failures) {
            if (!failure.getTimestamp().toInstant().isBefore(creationStart)) {
                failureKinds.merge(firstLine(failure.getJobExceptionMessage()), 1, Integer::sum);
            }
        }
        long jobsWithoutRetries = management.createJobQuery().noRetriesLeft().count();

        Map<Long, Instant> firedOf = timersFired(caseOfInstance, firstDue);
        Map<Long, Instant> handOverOf = handOvers(minCase, maxCase);
        List<Long> fireLag = lags(firedOf, breachOf, firstDue);
        List<Long> toHandOver = lags(handOverOf, breachOf, firstDue);
        List<Long> toTask = lags(taskOf, breachOf, firstDue);
        Instant lastBreach = firedOf.size() < breachOf.size() ? null : firedOf.values().stream().max(Instant::compareTo).orElse(null);
        Instant lastTask = taskOf.values().stream().max(Instant::compareTo).orElse(null);

        // 5. summary
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("database", environment.matchesProfiles("mariadb") ? "MariaDB " + databaseVersion() : "H2 (in memory)");
        rows.put("cores / load average before → after", Runtime.getRuntime().availableProcessors() + " / " + loadBefore + " → " + loadAfter);
        rows.put("job executor", jobExecutorSettings());
        rows.put("connection pool", pool.settings());
        rows.put("timers", timers + (rate == 0 ? " due at the same instant" : " due at " + rate + "/s over " + (timers / rate) + " s"));
        rows.put("how they fall due", "phone cases received at T − 2 h: the SLA module computes first response due at T "
                + "(sample: " + sampleDue + " for T " + firstDue + "); the lifecycle's own Timer_FirstResponseDue jobs fire");
        rows.put("creation (not measured)", "%d cases in %.1f s (%.1f/s, %d threads); warnings worked off and all timers armed %.1f s later"
                .formatted(timers, seconds(creationStart, created), timers / seconds(creationStart, created), threads,
                        seconds(created, ready)));
        rows.put("valid run (all armed before T)", valid ? "yes (" + armed + " armed, " + seconds(ready, firstDue) + " s to spare)"
                : "NO: " + armed + " of " + timers + " armed, ready at " + ready + " for T " + firstDue + " (raise -Dbenchmark.margin)");
        rows.put("breaches recorded", breachOf.size() + " of " + timers);
        rows.put("time until every breach is recorded", lastBreach == null || breachOf.size() < timers ? "not reached"
                : "%.0f s after the last due time (last timer fired; polling saw all breach events at %s)".formatted(seconds(lastDue, lastBreach),
                        allBreachesSeen == null ? "-" : "%.1f s".formatted(seconds(lastDue, allBreachesSeen))));
        rows.put("escalation tasks", taskOf.size() + " of " + timers);
        rows.put("time until every escalation task exists", lastTask == null || taskOf.size() < timers ? "not reached within " + timeout + " s"
                : "%.0f s after the last due time (polling saw it at %s)".formatted(seconds(lastDue, lastTask),
                        allTasksSeen == null ? "-" : "%.1f s".formatted(seconds(lastDue, allTasksSeen))));
        rows.put("throughput", lastTask == null ? "-" : "%.1f breaches handed to the ladder per second"
                .formatted(taskOf.size() / Math.max(0.001, seconds(firstDue, lastTask))));
        rows.put("fire lag: timer fired (breach recorded) − due, p50 / p99 / max", "%d / %d / %d ms (engine history, whole seconds on MariaDB)"
                .formatted(percentile(fireLag, 50), percentile(fireLag, 99), percentile(fireLag, 100)));
        rows.put("due → breach handed to the ladder p50 / p99 / max", "%d / %d / %d ms (escalation event, µs)"
                .formatted(percentile(toHandOver, 50), percentile(toHandOver, 99), percentile(toHandOver, 100)));
        rows.put("due → escalation task created p50 / p99 / max", "%d / %d / %d ms (task create time, whole seconds on MariaDB)"
                .formatted(percentile(toTask, 50), percentile(toTask, 99), percentile(toTask, 100)));
        rows.put("breach flags handed over", String.valueOf(handedOver));
        rows.put("breaches with neither escalation task nor incident (lost)", String.valueOf(lost.size()));
        rows.put("cases never breached and without incident", String.valueOf(neverBreached.size()));
        rows.put("incidents (these cases / engine-wide new)", withIncident.size() + " / " + (incidentsAfter - incidentsBefore));
        rows.put("failed job runs (retried) / jobs out of retries", failedJobRuns + " / " + jobsWithoutRetries);
        rows.put("failure kinds", failureKinds.isEmpty() ? "none" : failureKinds.toString());
        rows.put("Hikari max active / max waiting / connection timeouts", pool.maxActive.get() + " / " + pool.maxWaiting.get()
                + " / " + pool.timeouts());
        rows.put("job executor threads max active / max queued", pool.maxExecutorActive.get() + " / " + pool.maxExecutorQueued.get());
        write(rows, progress, incidentMessages);

        assertThat(valid).as("every timer armed at its due time before it fell due (else raise -Dbenchmark.margin)").isTrue();
        assertThat(lost).as("breaches that reached neither the ladder nor an incident").isEmpty();
        assertThat(neverBreached).as("cases whose breach was never recorded and that have no incident").isEmpty();
    }

    /** Due time of the i-th case: all at the first due time, or spread at {@code rate} per second. */
    private Instant dueOf(Instant firstDue, int i) {
        return rate == 0 ? firstDue : firstDue.plusMillis(i * 1000L / rate);
    }

    private static List<Long> lags(Map<Long, Instant> when, Map<Long, Breach> breaches, Instant firstDue) {
        return when.entrySet().stream().map(e -> Duration.between(dueOfCase(e.getKey(), breaches, firstDue), e.getValue()).toMillis())
                .sorted().toList();
    }

    /** Case id → when its first-response-due timer fired: the end of the timer's activity instance in the engine's history. */
    private Map<Long, Instant> timersFired(Map<String, Long> caseOfInstance, Instant firstDue) {
        Map<Long, Instant> fired = new HashMap<>();
        int page = 1000;
        for (int first = 0;; first += page) {
            List<HistoricActivityInstance> found = history.createHistoricActivityInstanceQuery()
                    .activityId(FIRST_RESPONSE_DUE_TIMER).finished().finishedAfter(Date.from(firstDue.minusSeconds(1)))
                    .orderByHistoricActivityInstanceEndTime().asc().listPage(first, page);
            for (HistoricActivityInstance timer : found) {
                Long caseId = caseOfInstance.get(timer.getProcessInstanceId());
                if (caseId != null) {
                    fired.put(caseId, timer.getEndTime().toInstant());
                }
            }
            if (found.size() < page) {
                return fired;
            }
        }
    }

    /** Case id → when the lifecycle's hand-over started or raised its ladder for the breach (its escalation event). */
    private Map<Long, Instant> handOvers(long minCase, long maxCase) {
        Map<Long, Instant> handedOver = new HashMap<>();
        jdbc.query("select case_id, min(occurred_at) from cd_escalation_event where trigger_kind = 'SLA_BREACH'"
                + " and kind in ('STARTED', 'RAISED') and case_id between ? and ? group by case_id",
                rs -> {
                    handedOver.put(rs.getLong(1), utc(rs.getObject(2, LocalDateTime.class)));
                }, minCase, maxCase);
        return handedOver;
    }

    private static Instant dueOfCase(long caseId, Map<Long, Breach> breaches, Instant fallback) {
        Breach breach = breaches.get(caseId);
        return breach == null ? fallback : breach.due();
    }

    private Map<Long, String> createCases(Instant firstDue) throws Exception {
        var requester = customers.contactByEmail("dana@acme.example").orElseThrow();
        Map<Long, String> lifecycleOfCase = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < timers; i = next.getAndIncrement()) {
                        Instant receivedAt = dueOf(firstDue, i).minus(FIRST_RESPONSE_TARGET);
                        String subject = "Timer burst " + i;
                        Case opened = transactions.execute(status -> actions.open(new NewCase(new CaseDraft(subject,
                                "Benchmark case whose first response falls due with the others", "Defect", "P1",
                                io.casedesk.cases.Environment.PRODUCTION, "Casedesk Demo Product", "7.4", null,
                                BusinessImpact.NONE, Channel.PHONE), requester, null, receivedAt), Actor.staff("analyst")));
                        lifecycleOfCase.put(opened.getId(), opened.getProcessInstanceId());
                        if ((i + 1) % 500 == 0) {
                            System.out.printf("created %d cases%n", i + 1);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return lifecycleOfCase;
    }

    private Instant armedAt;

    /** Waits until every case's first-response-due timer exists with its due time, or the first one is about to fall due. */
    private long waitUntilArmed(Instant firstDue, Instant lastDue) throws InterruptedException {
        long armed = 0;
        while (clock.instant().isBefore(firstDue.minusSeconds(2))) {
            armed = management.createJobQuery().timers().activityId(FIRST_RESPONSE_DUE_TIMER)
                    .duedateHigherThan(Date.from(firstDue.minusMillis(1))).duedateLowerThan(Date.from(lastDue.plusMillis(1)))
                    .count();
            if (armed >= timers) {
                break;
            }
            Thread.sleep(1000);
        }
        armedAt = clock.instant();
        System.out.printf("%d of %d first-response-due timers armed; first due at %s%n", armed, timers, firstDue);
        if (armed >= timers) {
            Duration wait = Duration.between(clock.instant(), firstDue);
            if (!wait.isNegative()) {
                Thread.sleep(wait.toMillis());
            }
        }
        return armed;
    }

    private long countBreaches(long minCase, long maxCase) {
        return jdbc.queryForObject("select count(*) from cd_sla_event where kind = 'BREACHED' and case_id between ? and ?",
                Long.class, minCase, maxCase);
    }

    record Breach(Instant due, Instant occurred) {
    }

    private Map<Long, Breach> breaches(long minCase, long maxCase) {
        Map<Long, Breach> breaches = new HashMap<>();
        jdbc.query("select case_id, due_at, occurred_at from cd_sla_event where kind = 'BREACHED' and case_id between ? and ?",
                rs -> {
                    breaches.put(rs.getLong(1), new Breach(utc(rs.getObject(2, LocalDateTime.class)),
                            utc(rs.getObject(3, LocalDateTime.class))));
                }, minCase, maxCase);
        return breaches;
    }

    private static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    /** Case id → creation time of its escalation task, through the engine's task and process instance queries. */
    private Map<Long, Instant> casesWithEscalationTask(long minCase, long maxCase, Date createdAfter) {
        Map<String, Instant> taskOfInstance = new HashMap<>();
        int page = 1000;
        for (int first = 0;; first += page) {
            List<Task> found = tasks.createTaskQuery().processDefinitionKey(EscalationProcess.KEY)
                    .taskCreatedAfter(createdAfter).orderByTaskCreateTime().asc().listPage(first, page);
            found.forEach(t -> taskOfInstance.merge(t.getProcessInstanceId(), t.getCreateTime().toInstant(),
                    (a, b) -> a.isBefore(b) ? a : b));
            if (found.size() < page) {
                break;
            }
        }
        Map<Long, Instant> byCase = new HashMap<>();
        Map<String, Long> caseIds = caseIdsByNumber(minCase, maxCase);
        List<String> instances = new ArrayList<>(taskOfInstance.keySet());
        for (int from = 0; from < instances.size(); from += page) {
            Set<String> chunk = new HashSet<>(instances.subList(from, Math.min(instances.size(), from + page)));
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(chunk).list()) {
                Long caseId = caseIds.get(instance.getBusinessKey());
                if (caseId != null) {
                    byCase.put(caseId, taskOfInstance.get(instance.getId()));
                }
            }
        }
        return byCase;
    }

    private Long caseOfEscalation(String processInstanceId, long minCase, long maxCase) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .processDefinitionKey(EscalationProcess.KEY).singleResult();
        if (instance == null || instance.getBusinessKey() == null) {
            return null;
        }
        return caseIdsByNumber(minCase, maxCase).get(instance.getBusinessKey());
    }

    /** The run's cases by number: a case's processes are keyed by its number. */
    private Map<String, Long> caseIdsByNumber(long minCase, long maxCase) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, case_number from cd_case where id between ? and ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                }, minCase, maxCase);
        return ids;
    }

    private String jobExecutorSettings() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        String threads = "";
        if (context.containsBean("camundaTaskExecutor")
                && context.getBean("camundaTaskExecutor") instanceof ThreadPoolTaskExecutor pool) {
            threads = "threads core %d / max %d, queue %d; ".formatted(pool.getCorePoolSize(), pool.getMaxPoolSize(),
                    pool.getQueueCapacity());
        }
        return threads + "max jobs per acquisition %d, wait %d ms (max %d ms), lock %d ms".formatted(
                executor.getMaxJobsPerAcquisition(), executor.getWaitTimeInMillis(), executor.getMaxWait(),
                executor.getLockTimeInMillis());
    }

    private String databaseVersion() {
        try {
            return jdbc.queryForObject("select version()", String.class);
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private void write(Map<String, String> rows, List<String> progress, List<String> incidents) throws IOException {
        StringBuilder text = new StringBuilder("## SLA timer burst — " + clock.instant().truncatedTo(ChronoUnit.SECONDS) + "\n\n");
        text.append("| measure | value |\n|---|---|\n");
        rows.forEach((name, value) -> text.append("| ").append(name).append(" | ").append(value.replace("|", "/")).append(" |\n"));
        text.append("\nProgress (time after the first due time):\n\n```\n");
        progress.forEach(line -> text.append(line).append('\n'));
        text.append("```\n");
        if (!incidents.isEmpty()) {
            text.append("\nIncidents:\n\n");
            incidents.stream().distinct().limit(20).forEach(i -> text.append("- ").append(i).append('\n'));
        }
        System.out.println("\n" + text);
        Path file = Path.of("target", "benchmarks", "timer-burst.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString());
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "?";
        }
        String line = message.lines().findFirst().orElse("?");
        return line.length() > 120 ? line.substring(0, 120) : line;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(sorted.size() * p / 100.0) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Samples the Hikari pool and the job executor's threads every 20 ms while the burst runs. */
    static final class PoolSampler implements Runnable {

        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger active = new AtomicInteger();
        final AtomicInteger waiting = new AtomicInteger();
        final AtomicInteger maxActive = new AtomicInteger();
        final AtomicInteger maxWaiting = new AtomicInteger();
        final AtomicInteger maxExecutorActive = new AtomicInteger();
        final AtomicInteger maxExecutorQueued = new AtomicInteger();
        private final HikariDataSource hikari;
        private final ThreadPoolTaskExecutor executor;
        private final io.micrometer.core.instrument.MeterRegistry meters;
        private final double timeoutsBefore;

        PoolSampler(DataSource dataSource, ApplicationContext context) throws java.sql.SQLException {
            this.hikari = dataSource.unwrap(HikariDataSource.class);
            this.executor = context.containsBean("camundaTaskExecutor")
                    && context.getBean("camundaTaskExecutor") instanceof ThreadPoolTaskExecutor pool ? pool : null;
            this.meters = context.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class).getIfAvailable();
            this.timeoutsBefore = timeoutCount();
        }

        String settings() {
            return "Hikari maximum %d, connection timeout %d ms".formatted(hikari.getMaximumPoolSize(), hikari.getConnectionTimeout());
        }

        String timeouts() {
            return meters == null ? "?" : String.valueOf((long) (timeoutCount() - timeoutsBefore));
        }

        private double timeoutCount() {
            if (meters == null) {
                return 0;
            }
            return meters.find("hikaricp.connections.timeout").counters().stream().mapToDouble(c -> c.count()).sum();
        }

        @Override
        public void run() {
            var mx = hikari.getHikariPoolMXBean();
            while (!stop.get()) {
                if (mx != null) {
                    active.set(mx.getActiveConnections());
                    waiting.set(mx.getThreadsAwaitingConnection());
                    maxActive.accumulateAndGet(active.get(), Math::max);
                    maxWaiting.accumulateAndGet(waiting.get(), Math::max);
                }
                if (executor != null) {
                    maxExecutorActive.accumulateAndGet(executor.getActiveCount(), Math::max);
                    maxExecutorQueued.accumulateAndGet(executor.getThreadPoolExecutor().getQueue().size(), Math::max);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
