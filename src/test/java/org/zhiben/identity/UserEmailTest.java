package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;

/** Accounts carry an optional e-mail address, for notices; a malformed one is refused beside the field. */
@ZhibenTest
class UserEmailTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;

    private static String username() {
        return "it.email." + Long.toString(System.nanoTime(), 36);
    }

    private static AccountForm form(String username, String email, boolean enabled) {
        return new AccountForm(username, "邮箱测试", "Demo@12345", Role.EXPERT, null, null, null, "13800009999", email,
                enabled, false);
    }

    @Test
    void anEmailIsStoredAndOfferedAsAContactOfEnabledUsersOnly() {
        UUID id = accounts.create(form(username(), "  expert.mail@example.cn ", true));
        UUID disabled = accounts.create(form(username(), "off@example.cn", false));
        UUID none = accounts.create(form(username(), "", true));

        assertThat(accounts.contacts(List.of(id, disabled, none, UUID.randomUUID())))
                .containsExactlyInAnyOrder(new UserContact(id, "邮箱测试", "13800009999", "expert.mail@example.cn"),
                        new UserContact(none, "邮箱测试", "13800009999", null));
        assertThat(accounts.contacts(List.of())).isEmpty();
    }

    @Test
    void malformedAddressesAreRefused() {
        for (String bad : new String[] {"no-at-sign", "a@b", "<script>@x.cn", "a b@x.cn", "x@" + "y".repeat(260) + ".cn"}) {
            assertThatThrownBy(() -> accounts.create(form(username(), bad, true)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
                            .containsExactly("email"));
        }
    }

    @Test
    void theAdminFormShowsTheProblemBesideTheField() throws Exception {
        mvc.perform(post("/admin/users").with(user(userDetails.loadUserByUsername("admin"))).with(csrf())
                        .param("username", username()).param("displayName", "邮箱页面测试").param("password", "Demo@12345")
                        .param("role", "EXPERT").param("email", "not-an-address").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写有效的电子邮箱地址")))
                .andExpect(content().string(containsString("value=\"not-an-address\"")));
    }
}
