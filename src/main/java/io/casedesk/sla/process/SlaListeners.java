package io.casedesk.sla.process;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.process.SlaStatusListener.Step;

/** The listener beans the lifecycle model names ({@code camunda:delegateExpression="${slaFirstResponse}"} …). */
@Configuration(proxyBeanMethods = false)
class SlaListeners {

    @Bean
    SlaStatusListener slaFirstResponse(SlaClocks clocks) {
        return new SlaStatusListener(Step.FIRST_RESPONSE, clocks);
    }

    @Bean
    SlaStatusListener slaCasePending(SlaClocks clocks) {
        return new SlaStatusListener(Step.PENDING, clocks);
    }

    @Bean
    SlaStatusListener slaCaseOnHold(SlaClocks clocks) {
        return new SlaStatusListener(Step.ON_HOLD, clocks);
    }

    @Bean
    SlaStatusListener slaWorkResumed(SlaClocks clocks) {
        return new SlaStatusListener(Step.WORK_RESUMED, clocks);
    }

    @Bean
    SlaStatusListener slaCaseResolved(SlaClocks clocks) {
        return new SlaStatusListener(Step.RESOLVED, clocks);
    }

    @Bean
    SlaStatusListener slaCaseReopened(SlaClocks clocks) {
        return new SlaStatusListener(Step.REOPENED, clocks);
    }
}
