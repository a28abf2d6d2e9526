package io.casedesk.platform.identity;

import java.util.List;

/** The dev profile's staff, one per group plus an administrator. Listed in the README. */
final class DemoStaff {

    record DemoUser(String id, String firstName, String lastName, String password, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("analyst", "Ada", "Analyst", "analyst", List.of(StaffGroups.ANALYSTS)),
            new DemoUser("analyst2", "Alan", "Analyst", "analyst2", List.of(StaffGroups.ANALYSTS)),
            new DemoUser("manager", "Mia", "Manager", "manager", List.of(StaffGroups.MANAGERS)),
            new DemoUser("account", "Ava", "Account-Manager", "account", List.of(StaffGroups.ACCOUNT_MANAGERS)),
            new DemoUser("vp", "Victor", "Vice-President", "vp", List.of(StaffGroups.VP)),
            new DemoUser("ceo", "Chloe", "Chief", "ceo", List.of(StaffGroups.CEO)),
            new DemoUser("admin", "Casedesk", "Administrator", "admin",
                    List.of(StaffGroups.ADMINS, StaffGroups.MANAGERS)));

    /** The address the dev profile gives its users; it tells a left-over demo user from a real one. */
    static String email(String userId) {
        return userId + "@casedesk.example";
    }

    private DemoStaff() {
    }
}
