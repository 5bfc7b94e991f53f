package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhiben.ZhibenTest;
import org.zhiben.common.InvalidInputException;

/**
 * Seeding many accounts with one password hashes it once: the accounts share the hash and log in with the password;
 * an account with another password gets its own hash, and the password policy still holds for each account.
 */
@ZhibenTest
class SharedPasswordTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    private static String username() {
        return "it.shared." + Long.toString(System.nanoTime(), 36);
    }

    private static AccountForm form(String username, String password) {
        return new AccountForm(username, "共用密码测试", password, Role.EXPERT, null, null, null, null, true, false);
    }

    private String hashOf(UUID id) {
        return jdbc.queryForObject("select password_hash from identity_user where id = ?", String.class, id);
    }

    @Test
    void accountsWithTheSharedPasswordReuseItsHashOthersGetTheirOwn() {
        SharedPassword shared = accounts.sharedPassword("Demo@12345");
        UUID first = accounts.create(form(username(), "Demo@12345"), shared);
        UUID second = accounts.create(form(username(), "Demo@12345"), shared);
        UUID other = accounts.create(form(username(), "Other@67890"), shared);

        assertThat(hashOf(first)).isEqualTo(hashOf(second));
        assertThat(encoder.matches("Demo@12345", hashOf(first))).isTrue();
        assertThat(encoder.matches("Other@67890", hashOf(other))).isTrue();
        assertThat(encoder.matches("Demo@12345", hashOf(other))).isFalse();
    }

    @Test
    void thePolicyStillAppliesToEachAccount() {
        String username = username();
        String password = "Pw@" + username + "9";
        SharedPassword shared = accounts.sharedPassword(password);
        // the policy refuses a password that contains the user name, hashed beforehand or not
        assertThatThrownBy(() -> accounts.create(form(username, password), shared))
                .isInstanceOf(InvalidInputException.class);
    }
}
