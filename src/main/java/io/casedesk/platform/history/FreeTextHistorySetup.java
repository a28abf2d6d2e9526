package io.casedesk.platform.history;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's default database history handler by {@link FreeTextHistoryFilter} in front
 * of the same handler. (A custom handler alone would be added next to the default one, which would
 * still write everything.)
 */
@Component
class FreeTextHistorySetup extends AbstractCamundaConfiguration {

    private final EngineHistoryProperties properties;

    FreeTextHistorySetup(EngineHistoryProperties properties) {
        this.properties = properties;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        install(configuration, properties);
    }

    static void install(ProcessEngineConfigurationImpl configuration, EngineHistoryProperties properties) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(0, new FreeTextHistoryFilter(new DbHistoryEventHandler(), properties.freeTextNames(),
                properties.unrecordedDecisionKeys()));
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }
}
