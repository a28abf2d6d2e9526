package io.casedesk.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Business impact as policy C asks for it: processes, number of users, roles, regions. */
@Embeddable
public record BusinessImpact(
        @Column(name = "impact_processes") String processes,
        @Column(name = "impact_user_count") Integer userCount,
        @Column(name = "impact_roles") String roles,
        @Column(name = "impact_regions") String regions) {

    public static final BusinessImpact NONE = new BusinessImpact(null, null, null, null);
}
