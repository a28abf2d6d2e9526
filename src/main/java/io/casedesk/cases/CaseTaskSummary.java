package io.casedesk.cases;

/**
 * What a staff form shows of the case a task is for, read-only: everything as text, for display
 * only. Customer text (subject, description, names, the last message) is data, never markup.
 *
 * @param customer            the requester's name and e-mail
 * @param organisation        the organisation's name and contract tier
 * @param product             product, version and operating system, as far as given
 * @param lastCustomerMessage the newest public message a customer wrote, empty when there is none
 */
public record CaseTaskSummary(long caseId, String number, String subject, String priority, String customer,
        String organisation, String environment, String product, String description, String lastCustomerMessage) {
}
