package io.casedesk.cases;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.customers.CustomerDirectory;

/** Dev profile only: a few open cases so Tasklist and Cockpit have something to show on first start. */
@Component
@Profile("dev")
@Order(20)
class DemoCases implements ApplicationRunner {

    private final Cases cases;
    private final CaseActions actions;
    private final CustomerDirectory customers;
    private final TransactionTemplate transactions;
    private final CasesProperties properties;
    private final CaseChoices choices;
    private final Clock clock;

    DemoCases(Cases cases, CaseActions actions, CustomerDirectory customers, TransactionTemplate transactions,
            CasesProperties properties, CaseChoices choices, Clock clock) {
        this.choices = choices;
        this.properties = properties;
        this.cases = cases;
        this.actions = actions;
        this.customers = customers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cases.count() > 0) {
            return;
        }
        open("dana@acme.example", "Production line dashboard shows no data", "Since 08:10 EST the dashboard on the "
                + "production site is empty for all 40 operators. Restarting the browser does not help.",
                category("Outage"), priority(1), Environment.PRODUCTION, Duration.ofMinutes(20));
        open("lee@acme.example", "How do I export the monthly report to CSV?",
                "I cannot find the export button described in the user guide, section 4.2.", category("Question"), priority(4),
                Environment.TEST, Duration.ofHours(3));
        open("sam@globex.example", "Invoice totals rounded incorrectly",
                "Totals are rounded per line instead of per invoice. Workaround: recalculate manually.", category("Defect"), priority(3),
                Environment.PRODUCTION, Duration.ofHours(26));
    }

    /** The n-th priority of the active scheme (P1 … of policy C, High … of policy D), the last if there are fewer. */
    private String priority(int rank) {
        var priorities = properties.priorities();
        return priorities.get(Math.min(rank, priorities.size()) - 1);
    }

    /** The category where the active policy set has it, else its first (policy D has no "Outage"). */
    private String category(String wanted) {
        return choices.find(ChoiceList.CATEGORY, wanted).map(Choice::value)
                .orElseGet(() -> choices.values(ChoiceList.CATEGORY).get(0));
    }

    private void open(String email, String subject, String description, String category, String priority,
            Environment environment, Duration ago) {
        var contact = customers.contactByEmail(email).orElseThrow();
        var draft = new CaseDraft(subject, description, category, priority, environment, "Casedesk Demo Product", "7.4",
                null, BusinessImpact.NONE, Channel.PORTAL);
        transactions.executeWithoutResult(status -> actions.open(
                new NewCase(draft, contact, null, clock.instant().minus(ago)), Actor.customer(email, contact.name())));
    }
}
