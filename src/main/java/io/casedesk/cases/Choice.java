package io.casedesk.cases;

/**
 * One option of a choice list: the value a case stores, the label people read, and (for closing
 * reasons) whether staff may pick it or only the process sets it.
 */
public record Choice(String value, String label, boolean staffMayChoose) {
}
