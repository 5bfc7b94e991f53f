package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhiben.ZhibenTest;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;

/**
 * Re-use of recent passwords is refused; a password change, an administrator's reset, a role, scope or status change
 * ends the user's other page sessions and revokes their API tokens; failed logins never stop its tokens.
 */
@ZhibenTest
class PasswordChangeSignOutTest {

    private static final String PASSWORD = "Demo@12345";
    private static final String COUNTY = "990101000000";
    private static final String TOWN = "990101100000";
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final List<String> NEXT = List.of("Lantern#Quay41", "Lantern#Quay42", "Lantern#Quay43",
            "Lantern#Quay44", "Lantern#Quay45");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    private String fresh(String prefix) {
        String username = "it.pw" + prefix + "." + SERIAL.incrementAndGet() + "." + Long.toString(System.nanoTime(), 36);
        accounts.create(new AccountForm(username, "密码测试 " + prefix, PASSWORD, Role.OFFICIAL, COUNTY, null, null,
                null, true, false));
        return username;
    }

    private UUID idOf(String username) {
        return ((CurrentUser) userDetails.loadUserByUsername(username)).id();
    }

    private long versionOf(UUID id) {
        return jdbc.queryForObject("select version from identity_user where id = ?", Long.class, id);
    }

    private Cookie login(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf())).andExpect(redirectedUrl("/")).andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    private List<String> problemsOf(Runnable change) {
        try {
            change.run();
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(FieldViolation::message).toList();
        }
    }

    @Test
    void theCurrentAndTheLastFivePasswordsAreRefusedTheSixthIsAllowed() {
        String username = fresh("hist");
        UUID id = idOf(username);
        String current = PASSWORD;
        for (String next : NEXT) {
            accounts.changeOwnPassword(id, current, next);
            current = next;
        }
        // used so far, newest first: …45 (current), …44, …43, …42, …41 (the fifth), Demo@12345 (the sixth)
        String now = current;
        assertThat(problemsOf(() -> accounts.changeOwnPassword(id, now, "Lantern#Quay45")))
                .containsExactly(PasswordPolicy.REUSED_CURRENT);
        assertThat(problemsOf(() -> accounts.changeOwnPassword(id, now, "Lantern#Quay42")))
                .containsExactly(PasswordPolicy.REUSED_RECENT);
        assertThat(problemsOf(() -> accounts.changeOwnPassword(id, now, "Lantern#Quay41")))
                .containsExactly(PasswordPolicy.REUSED_RECENT);
        assertThat(problemsOf(() -> accounts.changeOwnPassword(id, now, PASSWORD))).isEmpty();
        // and an administrator's reset may not hand back a recent one either
        assertThat(problemsOf(() -> accounts.resetPassword(id, "Lantern#Quay44")))
                .containsExactly(PasswordPolicy.REUSED_RECENT);
    }

    @Test
    void theIssuesExamplesAreRefusedOnThePageBesideTheField() throws Exception {
        String username = fresh("weak");
        for (String weak : List.of("Password1", "P@ssw0rd", "Qwerty123", "P@ssw0rd2026")) {
            mvc.perform(post("/account/password").with(user(userDetails.loadUserByUsername(username))).with(csrf())
                            .param("currentPassword", PASSWORD).param("newPassword", weak)
                            .param("confirmPassword", weak))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(org.hamcrest.Matchers.containsString("常见密码")));
        }
        assertThatThrownBy(() -> accounts.changeOwnPassword(idOf(username), PASSWORD, PASSWORD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("当前密码相同");
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void theApiAnswersA400ProblemWithTheChineseMessageAndThenRevokesEveryToken() throws Exception {
        String username = fresh("api");
        String token = accounts.issueToken(idOf(username), "脚本", null).token();
        mvc.perform(put("/api/v1/me/password").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"Demo@12345\",\"newPassword\":\"Qwerty123\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'newPassword')].message",
                        org.hamcrest.Matchers.hasItem(PasswordPolicy.COMMON)))
                .andExpect(jsonPath("$.errors[?(@.field == 'newPassword')].message",
                        org.hamcrest.Matchers.hasItem("密码至少10位")));
        mvc.perform(put("/api/v1/me/password").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"Demo@12345\",\"newPassword\":\"Harbour!Gate83\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Harbour!Gate83"))).andExpect(status().isOk());
    }

    @Test
    void ownPasswordChangeEndsTheOtherSessionKeepsThisOneAndRevokesTokens() throws Exception {
        String username = fresh("self");
        Cookie phone = login(username, PASSWORD);
        Cookie desk = login(username, PASSWORD);
        String token = accounts.issueToken(idOf(username), "脚本", 30).token();
        mvc.perform(get("/enterprises").cookie(phone)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post("/account/password").cookie(desk).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "Lantern#Quay47").param("confirmPassword", "Lantern#Quay47"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/enterprises").cookie(desk)).andExpect(status().isOk());
        mvc.perform(get("/enterprises").cookie(phone)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(accounts.tokensOf(idOf(username))).allMatch(t -> t.isRevoked());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Lantern#Quay47"))).andExpect(status().isOk());
    }

    @Test
    void adminResetEndsEverySessionOfTheUserAndRevokesTokens() throws Exception {
        String username = fresh("reset");
        Cookie session = login(username, PASSWORD);
        String token = accounts.issueToken(idOf(username), "脚本", null).token();

        mvc.perform(post("/admin/users/{id}/reset-password", idOf(username))
                        .with(user(userDetails.loadUserByUsername("admin"))).with(csrf())
                        .param("password", "Harbour!Gate83"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/enterprises").cookie(session)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void roleOrScopeChangeAndDisablingEndSessionsAndRevokeTokensOtherEditsDoNot() throws Exception {
        String username = fresh("role");
        UUID id = idOf(username);
        Cookie session = login(username, PASSWORD);
        String token = accounts.issueToken(id, "脚本", null).token();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        // a new name and phone number change nothing the sessions or tokens may do; the name shows at once
        accounts.update(id, versionOf(id), new AccountForm(username, "密码测试 改名", null, Role.OFFICIAL, COUNTY,
                null, null, "0999-1234567", true, false));
        mvc.perform(get("/enterprises").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("密码测试 改名"));

        // the jurisdiction narrows from the county to a town: out
        accounts.update(id, versionOf(id), new AccountForm(username, "密码测试 role", null, Role.OFFICIAL, TOWN,
                null, null, "0999-1234567", true, false));
        mvc.perform(get("/enterprises").cookie(session)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());

        // a role change, then disabling, each end the sessions and tokens issued since
        Cookie again = login(username, PASSWORD);
        String second = accounts.issueToken(id, "脚本2", null).token();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + second)).andExpect(status().isOk());
        accounts.update(id, versionOf(id), new AccountForm(username, "密码测试 role", null, Role.EXPERT, null,
                null, null, null, true, false));
        mvc.perform(get("/enterprises").cookie(again)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + second))
                .andExpect(status().isUnauthorized());

        Cookie third = login(username, PASSWORD);
        accounts.update(id, versionOf(id), new AccountForm(username, "密码测试 role", null, Role.EXPERT, null,
                null, null, null, false, false));
        mvc.perform(get("/enterprises").cookie(third)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void tokensKeepWorkingWhateverTheFailedLogins() throws Exception {
        // failed logins slow the guesser (LoginThrottle) but never lock the account, so its scripts keep running
        String username = fresh("tokens");
        UUID id = idOf(username);
        String token = accounts.issueToken(id, "脚本", null).token();
        for (int i = 0; i < 25; i++) {
            accounts.recordFailedLogin(username, "192.0.2.1");
        }
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }
}
