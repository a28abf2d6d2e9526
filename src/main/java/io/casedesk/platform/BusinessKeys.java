package io.casedesk.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Changes the business key of a running process instance. Camunda 7's public API offers that only
 * to a step of the instance itself ({@code DelegateExecution#setProcessBusinessKey}); this runs the
 * same change as an engine command, with its history update, for a start-up data migration.
 */
public final class BusinessKeys {

    private BusinessKeys() {
    }

    /** Sets the instance's business key, in the caller's transaction (or a new one). */
    public static void update(ProcessEngine engine, String processInstanceId, String businessKey) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
            if (instance == null || !instance.isProcessInstanceExecution()) {
                throw new NotFoundException("No process instance " + processInstanceId);
            }
            instance.setProcessBusinessKey(businessKey);
            return null;
        });
    }
}
