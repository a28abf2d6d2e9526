package io.casedesk.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import io.casedesk.CasedeskApplication;
import io.casedesk.hardening.Attack;

/** Outside the dev profile Casedesk never starts with a missing or well-known admin password. */
class AdminPasswordCheckTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "admin", "demo", "Camunda", "password", "changeme", " secret " })
    void refusesMissingOrDefaultPasswords(String password) {
        assertThat(AdminPasswordPolicy.problemWith(password)).isPresent();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(AdminPasswordPolicy.problemWith("Tr0ub4dor&3")).hasValue(
                "the administrator password is shorter than 12 characters");
    }

    @Test
    void acceptsALongUnusualPassword() {
        assertThat(AdminPasswordPolicy.problemWith("correct horse battery staple")).isEmpty();
    }

    @Test
    void productionProfileRefusesToStartWithTheDefaultAdminPassword() {
        var application = new SpringApplicationBuilder(CasedeskApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("production");

        assertThatThrownBy(() -> application.run("--casedesk.security.admin-password=admin"))
                .isInstanceOf(UnsafeAdminPasswordException.class)
                .hasMessage("Casedesk refuses to start: the administrator password is a well-known default.");
    }

    @Test
    void productionProfileRefusesToStartWithoutAnAdminPassword() {
        var application = new SpringApplicationBuilder(CasedeskApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("production");

        assertThatThrownBy(application::run)
                .isInstanceOf(UnsafeAdminPasswordException.class)
                .hasMessageContaining("no administrator password is set");
    }

    @Test
    @DisplayName("attack: java -jar casedesk.jar without a profile runs the dev profile with its demo users")
    @Attack(item = "15.4", attack = "start the jar without any profile and without an administrator password",
            expected = "refuses to start: no administrator password is set (no dev profile, no demo users)")
    void aJarStartedWithoutAProfileIsNotDevAndNeedsAnAdminPassword() {
        var application = new SpringApplicationBuilder(CasedeskApplication.class).web(WebApplicationType.NONE);

        // Should it start anyway, it must not touch ./data or the engine of another test.
        assertThatThrownBy(() -> application.run("--spring.datasource.url=jdbc:h2:mem:no-profile;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.process-engine-name=no-profile"))
                .isInstanceOf(UnsafeAdminPasswordException.class)
                .hasMessage("Casedesk refuses to start: no administrator password is set.");
    }

    @Test
    void failureAnalysisTellsTheOperatorWhatToSet() {
        var analysis = new UnsafeAdminPasswordFailureAnalyzer()
                .analyze(new UnsafeAdminPasswordException("the administrator password is a well-known default"));
        assertThat(analysis.getAction()).contains("CASEDESK_SECURITY_ADMIN_PASSWORD");
    }
}
