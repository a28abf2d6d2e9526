package io.casedesk.complaints.process;

import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.casedesk.complaints.process.ComplaintProcess.Vars;
import io.casedesk.platform.BusinessKeys;

/**
 * Complaint processes used to be keyed by the complaint's id ("12"); Cockpit now lists them by its
 * number ("COMPLAINT-12"). On start-up a running one still keyed by its id is renamed, each in a
 * transaction of its own; one another node renamed first, or one that cannot be renamed, is
 * skipped and keeps working (nothing finds a complaint's process by its key).
 */
@Component
@Order(5)
class LegacyComplaintKeys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegacyComplaintKeys.class);
    private static final Pattern ID_KEY = Pattern.compile("\\d+");
    private static final int PAGE = 500;

    private final ProcessEngine engine;

    LegacyComplaintKeys(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void run(ApplicationArguments args) {
        int renamed = renameAll();
        if (renamed > 0) {
            log.info("Renamed the business key of {} running complaint processes to the complaint number", renamed);
        }
    }

    int renameAll() {
        int renamed = 0;
        for (int first = 0;; first += PAGE) {
            List<ProcessInstance> page = engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(ComplaintProcess.KEY).orderByProcessInstanceId().asc().listPage(first, PAGE);
            for (ProcessInstance instance : page) {
                String key = instance.getBusinessKey();
                if (key != null && ID_KEY.matcher(key).matches() && rename(instance, key)) {
                    renamed++;
                }
            }
            if (page.size() < PAGE) {
                return renamed;
            }
        }
    }

    private boolean rename(ProcessInstance instance, String key) {
        try {
            if (!(engine.getRuntimeService().getVariable(instance.getId(), Vars.COMPLAINT_ID) instanceof Number id)
                    || id.longValue() != Long.parseLong(key)) {
                return false;
            }
            BusinessKeys.update(engine, instance.getId(), ComplaintProcess.businessKey(id.longValue()));
            return true;
        } catch (RuntimeException e) {
            log.debug("Business key of complaint process {} not renamed: {}", instance.getId(), e.getMessage());
            return false;
        }
    }
}
