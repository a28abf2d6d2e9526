package io.casedesk.cases.process;

import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;
import io.casedesk.platform.BusinessKeys;

/**
 * Cases used to be keyed by their internal id ("1", "2"); Cockpit now lists them by case number.
 * On start-up every running lifecycle and escalation ladder whose business key is still its case's
 * id gets the case number instead. Idempotent (an instance already keyed by number is left alone)
 * and safe on two nodes starting at once: each instance is renamed in a transaction of its own, and
 * the node that loses the race on an instance skips it. Until an instance is renamed it keeps
 * working: steps find it by its process instance id and {@link CaseBinding} accepts the old key.
 */
@Component
@Order(5)
class LegacyBusinessKeys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegacyBusinessKeys.class);
    /** The processes keyed by their case: the lifecycle and the escalation ladder ({@code escalation.bpmn}). */
    static final List<String> CASE_KEYED_PROCESSES = List.of(CaseLifecycle.KEY, "escalation");
    private static final Pattern ID_KEY = Pattern.compile("\\d+");
    private static final int PAGE = 500;

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final LifecycleSteps steps;
    private final TransactionTemplate transactions;

    LegacyBusinessKeys(ProcessEngine engine, LifecycleSteps steps, TransactionTemplate transactions) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.steps = steps;
        this.transactions = transactions;
    }

    /** The business key an instance got before it was the case number. */
    static String legacyKey(long caseId) {
        return String.valueOf(caseId);
    }

    @Override
    public void run(ApplicationArguments args) {
        int renamed = renameAll();
        if (renamed > 0) {
            log.info("Renamed the business key of {} running process instances from case id to case number", renamed);
        }
    }

    /** Returns how many instances this node renamed. */
    int renameAll() {
        int renamed = 0;
        for (String processKey : CASE_KEYED_PROCESSES) {
            for (int first = 0;; first += PAGE) {
                List<ProcessInstance> page = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                        .orderByProcessInstanceId().asc().listPage(first, PAGE);
                for (ProcessInstance instance : page) {
                    if (instance.getBusinessKey() != null && ID_KEY.matcher(instance.getBusinessKey()).matches()
                            && rename(instance)) {
                        renamed++;
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        return renamed;
    }

    private boolean rename(ProcessInstance instance) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!(runtime.getVariable(instance.getId(), Vars.CASE_ID) instanceof Number caseId)
                        || !legacyKey(caseId.longValue()).equals(instance.getBusinessKey())) {
                    return false;
                }
                return steps.find(caseId.longValue()).filter(c -> !c.getNumber().equals(instance.getBusinessKey()))
                        .map(c -> {
                            BusinessKeys.update(engine, instance.getId(), CaseProcess.businessKey(c.getNumber()));
                            return true;
                        }).orElse(false);
            }));
        } catch (RuntimeException e) {
            // Another node renamed it first (optimistic lock), or it is suspended: it stays readable as it is.
            log.debug("Business key of process instance {} not renamed: {}", instance.getId(), e.getMessage());
            return false;
        }
    }
}
