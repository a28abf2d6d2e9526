package io.casedesk.platform.browser;

import org.springframework.boot.test.context.SpringBootTest;

/** Policy D's case in Tasklist, on its own context and in-memory database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "casedesk.sla.policy-set=policy-d",
        "spring.datasource.url=jdbc:h2:mem:journey-policy-d;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000" })
class PolicyDJourneyBrowserTest extends PolicyJourney {

    @Override
    String policySet() {
        return "policy-d";
    }
}
