package io.casedesk.intake;

/** Small text helpers for what intake stores. */
final class IntakeText {

    /** At most {@code max} characters, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private IntakeText() {
    }
}
