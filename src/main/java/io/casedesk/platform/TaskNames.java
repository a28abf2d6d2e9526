package io.casedesk.platform;

/**
 * How a user task is named in Tasklist: the model's name (the verb a process owner reads in
 * Modeler), the case number and the case's subject, e.g. "Triage and respond CASE-10004: Export
 * fails". The subject is customer text: Tasklist renders it as text (Angular binding), and the
 * engine's history keeps only the part before it ({@link #withoutCustomerText}).
 */
public final class TaskNames {

    /** ACT_RU_TASK.NAME_ and ACT_HI_TASKINST.NAME_ hold 255 characters. */
    public static final int MAX_LENGTH = 255;
    static final String SUBJECT_SEPARATOR = ": ";

    private TaskNames() {
    }

    /** The model's name, the case number and the subject, cut to what the engine's column holds. */
    public static String withCase(String modelName, String caseNumber, String subject) {
        String name = (modelName == null || modelName.isBlank() ? "" : modelName.strip() + " ") + caseNumber;
        if (subject != null && !subject.isBlank()) {
            name += SUBJECT_SEPARATOR + subject.strip().replaceAll("\\s+", " ");
        }
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH - 1) + "\u2026";
    }

    /** The name without the subject: what the engine's history keeps. */
    public static String withoutCustomerText(String name) {
        if (name == null) {
            return null;
        }
        int separator = name.indexOf(SUBJECT_SEPARATOR);
        return separator < 0 ? name : name.substring(0, separator);
    }
}
