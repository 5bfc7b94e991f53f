package org.zhiben.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.CurrentUser;
import org.zhiben.risk.RiskPositions;

/** The demo positions: A's three and B's ammonia tank operator, listed on the 两单两卡 page; a rerun adds nothing. */
@ZhibenTest
class RiskCardDemoDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    RiskPositions positions;
    @Autowired
    RiskCardDemoData demo;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CurrentUser signIn(String username) {
        CurrentUser user = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    @Test
    void demoEnterprisesHavePositionsLinkedToTheirUnits() throws Exception {
        UUID a = signIn("ent.a.safety").enterpriseId();
        assertThat(positions.names(a)).contains("冲压操作工", "喷漆工", "配电值班电工");
        UUID b = signIn("ent.b.boss").enterpriseId();
        assertThat(positions.names(b)).contains("液氨罐区操作工");

        String page = mvc.perform(get("/risk/enterprises/" + a + "/cards")
                        .with(user(userDetails.loadUserByUsername("ent.a.worker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("冲压操作工", "冲床送料与取件");
    }

    @Test
    void rerunningTheDemoAddsNoPositions() {
        UUID a = signIn("ent.a.safety").enterpriseId();
        long before = positions.names(a).stream().filter("喷漆工"::equals).count();
        demo.run(null);
        signIn("ent.a.safety");
        assertThat(positions.names(a).stream().filter("喷漆工"::equals).count()).isEqualTo(before).isEqualTo(1);
    }
}
