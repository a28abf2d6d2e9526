package io.casedesk.platform.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a password may protect the administrator account of a non-development server:
 * at least {@value #MINIMUM_LENGTH} characters, not a well-known default (also with digits or
 * symbols appended), not one character or block repeated, not a run along the alphabet, the digits
 * or a keyboard row, at least {@value #MINIMUM_DISTINCT} different characters, and two kinds of
 * characters (lower case, upper case, digits, others) unless it is a passphrase of
 * {@value #PASSPHRASE_LENGTH} or more.
 */
public final class AdminPasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MINIMUM_DISTINCT = 6;
    static final int PASSPHRASE_LENGTH = 20;

    /** Passwords shipped by Casedesk, Camunda and common tutorials: never acceptable in production. */
    private static final Set<String> KNOWN_DEFAULTS = Set.of(
            "admin", "demo", "password", "camunda", "changeme", "change-me", "secret", "casedesk",
            "123456", "12345678", "123456789", "qwerty", "letmein", "welcome", "administrator",
            "password1", "admin123", "adminadmin", "passwordpassword", "casedesk-admin", "changeit",
            "default", "root", "toor", "test", "guest", "manager", "support", "iloveyou", "trustno1",
            "monkey", "dragon", "master", "superuser", "passw0rd", "p@ssw0rd", "p@ssword", "qwertyuiop",
            "camunda-admin", "casedeskadmin", "adminpassword", "administrator1", "welcome1", "letmein1");

    /** Runs a lazy password follows; doubled so that wrapping runs ("7890123456789") are found too. */
    private static final String[] RUNS = {
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "01234567890123456789",
            "qwertyuiopqwertyuiop", "asdfghjklasdfghjkl", "zxcvbnmzxcvbnm", "qwertzuiopqwertzuiop",
            "azertyuiopazertyuiop", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p" };

    private AdminPasswordPolicy() {
    }

    /** @return why the password is refused, or empty when it is acceptable */
    public static Optional<String> problemWith(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("no administrator password is set");
        }
        String lower = password.toLowerCase(Locale.ROOT).strip();
        if (KNOWN_DEFAULTS.contains(lower) || KNOWN_DEFAULTS.contains(withoutTrailingDigitsAndSymbols(lower))) {
            return Optional.of("the administrator password is a well-known default");
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("the administrator password is shorter than " + MINIMUM_LENGTH + " characters");
        }
        if (isRepetition(lower)) {
            return Optional.of("the administrator password only repeats the same characters");
        }
        if (isRun(lower)) {
            return Optional.of("the administrator password is a sequence (alphabet, digits or keyboard row)");
        }
        if (lower.codePoints().distinct().count() < MINIMUM_DISTINCT) {
            return Optional.of("the administrator password has fewer than " + MINIMUM_DISTINCT + " different characters");
        }
        if (password.length() < PASSPHRASE_LENGTH && characterKinds(password) < 2) {
            return Optional.of("the administrator password needs two kinds of characters (lower case, upper case, "
                    + "digits, symbols or spaces) unless it is at least " + PASSPHRASE_LENGTH + " characters long");
        }
        return Optional.empty();
    }

    /** "password2024!" is still "password". */
    private static String withoutTrailingDigitsAndSymbols(String lower) {
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(0, end);
    }

    /** One block written again and again: "aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword". */
    private static boolean isRepetition(String text) {
        return (text + text).indexOf(text, 1) < text.length();
    }

    /** The whole password lies along a run, forwards or backwards, possibly repeated. */
    private static boolean isRun(String text) {
        String reversed = new StringBuilder(text).reverse().toString();
        for (String run : RUNS) {
            if (coveredBy(text, run) || coveredBy(reversed, run)) {
                return true;
            }
        }
        return false;
    }

    /** Every stretch of the text continues the run by one step, e.g. "123456789012" along the digits. */
    private static boolean coveredBy(String text, String run) {
        for (int i = 1; i < text.length(); i++) {
            String pair = text.substring(i - 1, i + 1);
            if (!run.contains(pair)) {
                return false;
            }
        }
        return true;
    }

    private static int characterKinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password.toCharArray()) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
