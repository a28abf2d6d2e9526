package io.casedesk.platform.identity;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The staff groups Casedesk creates in the Camunda identity service, ordered up the escalation ladder.
 * The one type of {@code platform.identity} that features use (the {@code platform::staff-groups} interface).
 */
@NamedInterface("staff-groups")
public final class StaffGroups {

    public static final String ANALYSTS = "support-analysts";
    public static final String MANAGERS = "support-managers";
    public static final String VP = "vp-customer-experience";
    public static final String CEO = "ceo";
    /** Policy B's second escalation level. */
    public static final String ACCOUNT_MANAGERS = "account-managers";
    public static final String ADMINS = "camunda-admin";

    /** Spring Security authorities carry the group id with this prefix. */
    public static final String AUTHORITY_PREFIX = "GROUP_";

    public static final List<String> ALL = List.of(ANALYSTS, MANAGERS, ACCOUNT_MANAGERS, VP, CEO, ADMINS);

    /** Groups that see reports and watch instances in Cockpit. */
    public static final List<String> MANAGEMENT = List.of(MANAGERS, VP, CEO);

    public static String authority(String groupId) {
        return AUTHORITY_PREFIX + groupId;
    }

    public static String displayName(String groupId) {
        return switch (groupId) {
            case ANALYSTS -> "Support analysts";
            case MANAGERS -> "Support managers";
            case VP -> "VP of customer experience";
            case ACCOUNT_MANAGERS -> "Account managers";
            case CEO -> "CEO";
            case ADMINS -> "Casedesk administrators";
            default -> groupId;
        };
    }

    private StaffGroups() {
    }
}
