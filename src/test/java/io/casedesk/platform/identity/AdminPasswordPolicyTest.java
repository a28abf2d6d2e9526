package io.casedesk.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.casedesk.hardening.Attack;

/** Issue 15 item 10: twelve characters are not enough when they are twelve times the same one. */
class AdminPasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = { "aaaaaaaaaaaa", "AAAAAAAAAAAAAAAAAAAAAAAA", "abcabcabcabc", "abababababab",
            "passwordpassword", "123456789012", "098765432109", "abcdefghijklm", "zyxwvutsrqponm",
            "qwertyuiopqwer", "Password2024!", "Camunda123456", "admin12345678", "aaaaaaaaaaB1",
            "qwertyuiopasdf", "lowercaseonly" })
    @DisplayName("attack: the administrator password is weak but 12 characters long (e.g. aaaaaaaaaaaa)")
    @Attack(item = "15.10", attack = "a weak administrator password of 12+ characters (aaaaaaaaaaaa, 123456789012, Password2024!)",
            expected = "Casedesk refuses to start with it")
    void refusesWeakPasswordsOfTwelveCharactersOrMore(String password) {
        assertThat(AdminPasswordPolicy.problemWith(password)).as(password).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "correct horse battery staple", "vT9#mQ2!xLp7", "Tr0ub4dor&3xyz", "sunny-meadow-42-kettle" })
    void acceptsStrongPasswords(String password) {
        assertThat(AdminPasswordPolicy.problemWith(password)).as(password).isEmpty();
    }
}
