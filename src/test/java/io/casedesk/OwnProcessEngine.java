package io.casedesk;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Several Spring contexts in one test JVM (a policy set or database of their own) each build an engine
 * named "default", and Camunda's REST API and web apps look engines up by name in a static registry
 * ({@link ProcessEngines}) where the last one built wins, and a closed one leaves none. Before each
 * test this makes the test's own context's engine the one they answer with.
 */
public class OwnProcessEngine implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessEngines.registerProcessEngine(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
    }
}
