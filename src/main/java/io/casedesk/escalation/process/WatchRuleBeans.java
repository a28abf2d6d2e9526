package io.casedesk.escalation.process;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.casedesk.escalation.EscalationService;

/** The beans the lifecycle's watch paths name ({@code ${armOutageWatch}}, {@code ${escalateOpenP1}} …). */
@Configuration(proxyBeanMethods = false)
class WatchRuleBeans {

    @Bean
    ArmWatchListener armOutageWatch(WatchedCases cases) {
        return new ArmWatchListener(WatchRule.OUTAGE_RESPONSE, cases);
    }

    @Bean
    ArmWatchListener armP1Watch(WatchedCases cases) {
        return new ArmWatchListener(WatchRule.P1_OPEN_AFTER_RESPONSE, cases);
    }

    @Bean
    EscalateWatchDelegate escalateUnansweredOutage(WatchedCases cases, EscalationService escalation) {
        return new EscalateWatchDelegate(WatchRule.OUTAGE_RESPONSE, cases, escalation::ruleFired);
    }

    @Bean
    EscalateWatchDelegate escalateOpenP1(WatchedCases cases, EscalationService escalation) {
        return new EscalateWatchDelegate(WatchRule.P1_OPEN_AFTER_RESPONSE, cases, escalation::ruleFired);
    }
}
