package io.casedesk.hardening;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test as the proof for one attack or fault of the hardening issue (15). Every marked test
 * adds its row to {@code target/hardening-summary.md} ({@link HardeningSummary}), passed or not.
 *
 * <pre>
 * &#64;Test
 * &#64;Attack(item = "15.1", attack = "a page on another origin posts a form to …/confirm",
 *         expected = "403 problem details, case unchanged")
 * void crossSitePostIsRefused() { … }
 * </pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Attack {

    /** What was done to the service, in the words of the issue. */
    String attack();

    /** What the service must do about it. */
    String expected();

    /** The issue item it belongs to, e.g. {@code "15.4"}; empty when it spans several. */
    String item() default "";
}
