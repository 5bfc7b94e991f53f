package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.internal.TokenHashing;

/**
 * Login, throttling of failed logins, forced password change, CSRF, API tokens and admin-only pages. Every test that can fail a login
 * uses its own fresh account and address, so the demo accounts are never slowed.
 */
@ZhibenTest
class SecurityTest {

    private static final String PASSWORD = "Demo@12345";
    private static final String COUNTY = "990101000000";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    /** A fresh official of 示范县 (no department) with the demo password. */
    private String freshOfficial(String prefix, boolean mustChangePassword) {
        String username = "it." + prefix + "." + SERIAL.incrementAndGet() + "." + Long.toString(System.nanoTime(), 36);
        accounts.create(new AccountForm(username, "集成测试 " + prefix, PASSWORD, Role.OFFICIAL, COUNTY, null, null,
                null, true, mustChangePassword));
        return username;
    }

    private MvcResult formLogin(String username, String password) throws Exception {
        return formLogin(username, password, "127.0.0.1");
    }

    private MvcResult formLogin(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address))).andReturn();
    }

    @Test
    void formLoginSuccessRedirectsHome() throws Exception {
        String username = freshOfficial("login", false);
        MvcResult result = formLogin(username, PASSWORD);
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie session = result.getResponse().getCookie("SESSION");
        mvc.perform(get("/enterprises").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("集成测试 login")));
    }

    @Test
    void wrongPasswordRedirectsToLoginWithErrorBad() throws Exception {
        String username = freshOfficial("bad", false);
        MvcResult result = formLogin(username, "Wrong@12345");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad");
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content().string(containsString("用户名或密码错误")));
    }

    @Test
    void wrongPasswordsSlowTheGuessersAddressButNeverLockTheOwnerOut() throws Exception {
        String username = freshOfficial("guessed", false);
        for (int i = 1; i <= 3; i++) {
            mvc.perform(get("/api/v1/me").with(from("203.0.113.10")).with(httpBasic(username, "Wrong@" + i + "2345")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail").value("需要有效的用户名密码或API令牌"));
        }
        // the guesser's address must now wait, and is told so without a password check
        mvc.perform(get("/api/v1/me").with(from("203.0.113.10")).with(httpBasic(username, PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.detail").value(containsString("过于频繁")));
        // the owner, elsewhere, signs in as usual — by API and by the form
        mvc.perform(get("/api/v1/me").with(from("10.20.30.40")).with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk());
        assertThat(formLogin(username, PASSWORD, "10.20.30.41").getResponse().getRedirectedUrl()).isEqualTo("/");
        CurrentUser owner = (CurrentUser) userDetails.loadUserByUsername(username);
        assertThat(owner.isAccountNonLocked()).isTrue();
    }

    @Test
    void anUnknownUserNameIsAnsweredExactlyLikeAKnownOne() throws Exception {
        String known = freshOfficial("known", false);
        String unknown = "it.nobody." + Long.toString(System.nanoTime(), 36);
        for (String name : List.of(known, unknown)) {
            String address = name.equals(known) ? "203.0.113.20" : "203.0.113.21";
            for (int i = 1; i <= 3; i++) {
                mvc.perform(get("/api/v1/me").with(from(address)).with(httpBasic(name, "Wrong@" + i + "2345")))
                        .andExpect(status().isUnauthorized())
                        .andExpect(jsonPath("$.detail").value("需要有效的用户名密码或API令牌"));
            }
            mvc.perform(get("/api/v1/me").with(from(address)).with(httpBasic(name, "Wrong@42345")))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(jsonPath("$.detail").value("登录尝试过于频繁,请1秒后再试"));
        }
    }

    @Test
    void aThrottledFormLoginSaysSoOnTheLoginPage() throws Exception {
        String username = freshOfficial("formthrottle", false);
        for (int i = 1; i <= 3; i++) {
            assertThat(formLogin(username, "Wrong@" + i + "2345", "203.0.113.30").getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error=bad");
        }
        assertThat(formLogin(username, PASSWORD, "203.0.113.30").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=throttled");
        mvc.perform(get("/login").param("error", "throttled"))
                .andExpect(content().string(containsString("登录尝试过于频繁")));
    }

    @Test
    void fiveFailuresInARowAreAuditedAndToldToTheOwnerAndTheAdministrators() throws Exception {
        String username = freshOfficial("told", false);
        for (int i = 1; i <= 5; i++) {
            accounts.recordFailedLogin(username, "198.51.100." + i);
        }
        CurrentUser owner = (CurrentUser) userDetails.loadUserByUsername(username);
        assertThat(jdbc.queryForObject("select (select count(*) from audit_pending where action = 'LOGIN_FAILURES'"
                + " and entity_id = ?) + (select count(*) from audit_entry where action = 'LOGIN_FAILURES'"
                + " and entity_id = ?)", Long.class, owner.id().toString(), owner.id().toString())).isEqualTo(1L);
        String title = "账户 " + username + " 连续登录失败5次";
        long deadline = System.currentTimeMillis() + 10_000;
        Long admins = jdbc.queryForObject("select count(*) from identity_user where role = 'ADMIN'", Long.class);
        while (count(title) < 1 + admins && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(count(title)).isEqualTo(1 + admins);
        assertThat(jdbc.queryForObject("select count(*) from notify_notification where title = ? and recipient_id = ?", Long.class,
                title, owner.id())).isEqualTo(1L);
    }

    private long count(String title) {
        return jdbc.queryForObject("select count(*) from notify_notification where title = ?", Long.class, title);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void initialPasswordForcesThePasswordChangeBeforeAnythingElse() throws Exception {
        String username = freshOfficial("initial", true);
        MvcResult login = formLogin(username, PASSWORD);
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie session = login.getResponse().getCookie("SESSION");

        mvc.perform(get("/enterprises").cookie(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("须先修改密码")));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "Fresh#Pass2025")
                        .param("confirmPassword", "Fresh#Pass2025"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/enterprises").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Fresh#Pass2025")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
    }

    @Test
    void passwordThatBreaksThePolicyReRendersWithTheMessage() throws Exception {
        String username = freshOfficial("policy", true);
        mvc.perform(post("/account/password").with(user(userDetails.loadUserByUsername(username))).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "abcdefgh")
                        .param("confirmPassword", "abcdefgh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码须包含大写字母、小写字母、数字、符号中的至少三类")));
        assertThat(((CurrentUser) userDetails.loadUserByUsername(username)).mustChangePassword()).isTrue();
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        String username = freshOfficial("csrf", false);
        Cookie session = formLogin(username, PASSWORD).getResponse().getCookie("SESSION");
        // the account page renders its forms, which puts the session's CSRF token in place
        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));

        mvc.perform(post("/account/tokens").cookie(session).param("name", "no-csrf"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").cookie(session).param("name", "wrong-csrf").param("_csrf", "forged"))
                .andExpect(status().isForbidden());
        CurrentUser me = (CurrentUser) userDetails.loadUserByUsername(username);
        assertThat(accounts.tokensOf(me.id())).isEmpty();
    }

    @Test
    void postWithoutCsrfTokenAndNoTokenInTheSessionIsSentToLogin() throws Exception {
        String username = freshOfficial("csrf.none", false);
        CurrentUser me = (CurrentUser) userDetails.loadUserByUsername(username);
        // no token was ever issued to this session: Spring Security treats it as an expired session
        mvc.perform(post("/account/tokens").param("name", "no-csrf").with(user(me)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?expired"));
        assertThat(accounts.tokensOf(me.id())).isEmpty();
    }

    @Test
    void apiTokenAuthenticatesUntilRevoked() throws Exception {
        String username = freshOfficial("token", false);
        CurrentUser me = (CurrentUser) userDetails.loadUserByUsername(username);
        MvcResult issued = mvc.perform(post("/account/tokens").param("name", "集成测试令牌").param("validDays", "30")
                        .with(user(me)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        IssuedToken token = (IssuedToken) issued.getFlashMap().get("issued");
        assertThat(token).isNotNull();
        assertThat(token.token()).startsWith("zb_");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.regionCode").value(COUNTY));
        assertThat(jdbc.queryForObject("select last_used_at from identity_api_token where id = ?", Timestamp.class,
                token.id())).as("the first use is recorded").isNotNull();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token() + "x"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(post("/account/tokens/{id}/revoke", token.id()).with(user(me)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiTokenIsStoredOnlyAsAHash() throws Exception {
        String username = freshOfficial("hash", false);
        CurrentUser me = (CurrentUser) userDetails.loadUserByUsername(username);
        IssuedToken token = accounts.issueToken(me.id(), "哈希检查", null);
        List<Map<String, Object>> rows = jdbc.queryForList("select * from identity_api_token");
        assertThat(rows).isNotEmpty();
        assertThat(rows).noneSatisfy(row -> assertThat(row.values().toString()).contains(token.token()));
        Map<String, Object> mine = jdbc.queryForMap("select * from identity_api_token where id = ?", token.id());
        assertThat(mine.get("token_hash")).isEqualTo(TokenHashing.sha256(token.token()));
        assertThat(mine.get("token_prefix")).isEqualTo(token.token().substring(0, 8));
    }

    @Test
    void userAdministrationIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/users").with(user(userDetails.loadUserByUsername("county.yjj"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user(userDetails.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("county.yjj")));
    }

    @Test
    void adminUserListFiltersByTextAndRole() throws Exception {
        var admin = user(userDetails.loadUserByUsername("admin"));
        mvc.perform(get("/admin/users").param("q", "COUNTY").param("role", "OFFICIAL").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("county.yjj")))
                .andExpect(content().string(containsString("county.zjj")))
                .andExpect(content().string(not(containsString("town.aj"))));
        mvc.perform(get("/admin/users").param("q", "张示范").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ent.a.boss")))
                .andExpect(content().string(not(containsString("county.yjj"))));
        mvc.perform(get("/admin/users").param("role", "EXPERT").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("expert1")))
                .andExpect(content().string(not(containsString("county.yjj"))));
    }

    @Test
    void adminCreatingAUserWithAWeakPasswordSeesThePolicyMessage() throws Exception {
        String username = "it.weak." + Long.toString(System.nanoTime(), 36);
        mvc.perform(post("/admin/users").with(user(userDetails.loadUserByUsername("admin"))).with(csrf())
                        .param("username", username).param("displayName", "弱密码用户").param("password", "abcdefgh")
                        .param("role", "OFFICIAL").param("regionCode", COUNTY).param("enabled", "true")
                        .param("mustChangePassword", "true").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码须包含大写字母、小写字母、数字、符号中的至少三类")));
        assertThat(jdbc.queryForObject("select count(*) from identity_user where username = ?", Long.class, username))
                .isZero();
    }
}
