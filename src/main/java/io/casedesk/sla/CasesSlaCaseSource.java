package io.casedesk.sla;

import org.springframework.stereotype.Component;

import io.casedesk.cases.Case;
import io.casedesk.cases.LifecycleSteps;
import io.casedesk.customers.CustomerDirectory;

/** {@link SlaCaseSource} over the public APIs of {@code cases} and {@code customers}. */
@Component
class CasesSlaCaseSource implements SlaCaseSource {

    private final LifecycleSteps steps;
    private final CustomerDirectory customers;

    CasesSlaCaseSource(LifecycleSteps steps, CustomerDirectory customers) {
        this.steps = steps;
        this.customers = customers;
    }

    @Override
    public SlaCase get(long caseId) {
        Case supportCase = steps.get(caseId);
        var organisation = customers.organisation(supportCase.getOrganisationId()).orElse(null);
        return new SlaCase(caseId, supportCase.getNumber(), supportCase.getReceivedAt(), supportCase.getPriority(),
                supportCase.getCategory(), supportCase.getEnvironment() == null ? null : supportCase.getEnvironment().name(),
                organisation == null ? null : organisation.contractTier(),
                organisation == null ? null : organisation.timeZone(), supportCase.getWorkOrderDate());
    }

    @Override
    public java.util.List<String> missing(long caseId, java.util.List<String> fields) {
        Case supportCase = steps.get(caseId);
        return fields.stream().filter(field -> switch (field) {
            case "product" -> blank(supportCase.getProduct());
            case "productVersion" -> blank(supportCase.getProductVersion());
            case "operatingSystem" -> blank(supportCase.getOperatingSystem());
            default -> throw new IllegalArgumentException("Unknown case field " + field);
        }).toList();
    }

    @Override
    public String status(long caseId) {
        return steps.get(caseId).getStatus().name();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public void applyPriority(long caseId, String priority, String reason) {
        steps.applyPolicyPriority(caseId, priority, reason);
    }
}
