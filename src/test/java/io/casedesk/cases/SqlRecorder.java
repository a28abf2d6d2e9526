package io.casedesk.cases;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL Hibernate sends while a test has switched it on (registered for the integration
 * tests in {@code application-it.yml}). Off, it only passes statements through.
 */
public class SqlRecorder implements StatementInspector {

    private static final List<String> statements = new CopyOnWriteArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            statements.add(sql);
        }
        return sql;
    }

    public static void start() {
        statements.clear();
        recording = true;
    }

    public static List<String> stop() {
        recording = false;
        return List.copyOf(statements);
    }
}
