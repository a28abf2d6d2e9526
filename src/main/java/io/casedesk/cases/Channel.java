package io.casedesk.cases;

/** How a case or a message reached Casedesk. */
public enum Channel {
    PORTAL, EMAIL, PHONE, CHAT, API, TASKLIST
}
