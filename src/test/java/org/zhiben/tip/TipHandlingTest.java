package org.zhiben.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.identity.CurrentUser;
import org.zhiben.tip.internal.ReporterVault;
import org.zhiben.tip.internal.Tip;
import org.zhiben.tip.internal.TipRepository;

/** The handling through the service as the demo users: rewards, internal tips, transfers, reminders, demo states. */
@ZhibenTest
class TipHandlingTest {

    @Autowired
    Tips tips;
    @Autowired
    TipRepository repository;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReporterVault vault;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.zhiben.notify.Inbox inbox;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    CurrentUser as(String name) {
        CurrentUser u = (CurrentUser) users.loadUserByUsername(name);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        return u;
    }

    static Tips.Command cmd(TipAction a) {
        return new Tips.Command(a, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    void act(UUID id, Tips.Command c) {
        tips.transition(id, tips.version(id), c);
    }

    Tips.Submitted phoneTip(UUID enterprise, boolean anonymous) {
        as("county.yjj");
        return tips.enter(new NewTip(TipChannel.PHONE_12350, "来电反映车间违规动火作业" + System.nanoTime(), "车间", enterprise,
                null, null, anonymous, anonymous ? null : "来电人某", anonymous ? null : "13800001111", false),
                List.of(), null);
    }

    UUID verified(Tips.Submitted s, String sameMatterAs) {
        as("county.yjj");
        act(s.id(), new Tips.Command(TipAction.ACCEPT, null, null, sameMatterAs, null, null, null, null, null, null,
                null, null, null, null, null, null));
        act(s.id(), cmd(TipAction.START_VERIFICATION));
        act(s.id(), new Tips.Command(TipAction.CONCLUDE, "属实", null, null, null, TipFinding.TRUE, null, null, null,
                null, null, null, null, null, null, null));
        act(s.id(), new Tips.Command(TipAction.LINK_CASE, null, null, null, null, null, null, null, null, null,
                "示范罚〔2026〕99号", new BigDecimal("30000"), null, null, null, null));
        return s.id();
    }

    static Tips.Command propose() {
        return new Tips.Command(TipAction.PROPOSE_REWARD, null, null, null, null, null, null, null, null, null, null,
                null, RewardKind.MAJOR_HAZARD, null, null, null);
    }

    @Test
    void theFirstAcceptedReportIsRewardedAndAnAnonymousReporterClaimsWithTheCode() throws Exception {
        UUID b = as("ent.b.boss").enterpriseId();
        Tips.Submitted first = phoneTip(b, true);
        Tips.Submitted second = phoneTip(b, false);
        verified(first, null);
        verified(second, repository.findById(first.id()).orElseThrow().getNo());
        as("county.yjj");
        assertThatThrownBy(() -> act(second.id(), propose())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).message()).contains("最先受理"));
        act(first.id(), propose());
        assertThat(repository.findById(first.id()).orElseThrow().getRewardYuan()).isEqualByComparingTo("4500");
        assertThatThrownBy(() -> act(first.id(), cmd(TipAction.APPROVE_REWARD)))
                .isInstanceOf(AccessDeniedException.class);
        as("city.yjj");
        act(first.id(), cmd(TipAction.APPROVE_REWARD));
        as("county.yjj");
        assertThatThrownBy(() -> act(first.id(), cmd(TipAction.PAY_REWARD))).isInstanceOf(InvalidInputException.class);
        SecurityContextHolder.clearContext();
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/public/tips/claim").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + first.trackingCode() + "\",\"contact\":\"领取人联系方式甲\"}")
                .with(r -> { r.setRemoteAddr("10.99.0.1"); return r; }))
                .andExpect(status().isOk()).andExpect(jsonPath("$.claimed").value(true))
                .andExpect(jsonPath("$.rewardYuan").value(4500));
        as("county.yjj");
        act(first.id(), cmd(TipAction.PAY_REWARD));
        assertThat(tips.reveal(first.id()).claimContact()).isEqualTo("领取人联系方式甲");
        assertThat(repository.findById(first.id()).orElseThrow().getClaimCipher()).doesNotContain("领取人");
    }

    @Test
    void internalTipsStayInsideTheEnterprise() throws Exception {
        CurrentUser worker = as("ent.a.worker");
        Tips.Submitted s = tips.enter(new NewTip(TipChannel.INTERNAL, "夜班跳过有限空间气体检测" + System.nanoTime(),
                "污水站", null, null, null, false, "内部吹哨人某", "分机8001", false), List.of(), null);
        Tip t = repository.findById(s.id()).orElseThrow();
        assertThat(t.getEnterpriseId()).isEqualTo(worker.enterpriseId());
        // an internal tip is about one's own enterprise: naming another is refused, not filed against one's own
        UUID other = users.loadUserByUsername("ent.b.boss") instanceof CurrentUser b ? b.enterpriseId() : null;
        as("ent.a.worker");
        assertThatThrownBy(() -> tips.enter(new NewTip(TipChannel.INTERNAL, "其他企业的问题" + System.nanoTime(), "门口",
                other, null, null, false, "内部吹哨人某", "分机8001", false), List.of(), null))
                .isInstanceOfSatisfying(org.zhiben.common.InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("enterpriseId"));
        assertThat(t.getEnteredByName()).isNull();
        assertThatThrownBy(() -> tips.get(s.id())).isInstanceOf(NotFoundException.class);
        as("county.yjj");
        assertThatThrownBy(() -> tips.get(s.id())).isInstanceOf(NotFoundException.class);
        as("ent.a.safety");
        act(s.id(), cmd(TipAction.ACCEPT));
        act(s.id(), cmd(TipAction.START_VERIFICATION));
        act(s.id(), new Tips.Command(TipAction.CONCLUDE, "属实", null, null, null, TipFinding.PARTLY_TRUE, null, null,
                null, null, null, null, null, null, null, null));
        assertThat(tips.get(s.id()).allowedActions()).doesNotContain(TipAction.PROPOSE_REWARD, TipAction.LINK_CASE);
        tips.grantInternalReward(s.id(), InternalRewardKind.MATERIAL, new BigDecimal("2000"), "奖金", java.time.LocalDate.of(2026, 1, 5));
        assertThatThrownBy(() -> tips.grantInternalReward(s.id(), InternalRewardKind.MATERIAL, null, "奖金",
                java.time.LocalDate.of(2026, 1, 5))).isInstanceOf(InvalidInputException.class);
        assertThat(tips.ledger()).anyMatch(r -> r.getTipId().equals(s.id()));
        // on the page, a far or malformed reward date is the tip page with its message, not an error page
        for (String date : List.of("9999-12-31", "abc")) {
            mvc.perform(MockMvcRequestBuilders.post("/tips/" + s.id() + "/internal-rewards")
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .user(users.loadUserByUsername("ent.a.safety")))
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .csrf())
                    .param("kind", "MATERIAL").param("amountYuan", "100").param("description", "奖金")
                    .param("grantedOn", date)).andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                            org.hamcrest.Matchers.containsString(date.equals("abc") ? "日期格式应为" : "日期应在")));
        }
        as("ent.a.safety"); // MockMvc leaves the thread without the test's user
        assertThat(tips.reveal(s.id()).name()).isEqualTo("内部吹哨人某");
        as("ent.a.boss");
        assertThatThrownBy(() -> tips.reveal(s.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTipIsLinkedOnlyToACaseAgainstTheUnitItIsAbout() {
        UUID b = as("ent.b.boss").enterpriseId();
        Tips.Submitted s = phoneTip(b, false);
        act(s.id(), cmd(TipAction.ACCEPT));
        act(s.id(), cmd(TipAction.START_VERIFICATION));
        act(s.id(), new Tips.Command(TipAction.CONCLUDE, "属实", null, null, null, TipFinding.TRUE, null, null, null,
                null, null, null, null, null, null, null));
        UUID elsewhere = jdbc.queryForObject("select id from enforcement_case where enterprise_id <> ? and region_code"
                + " like '990101%' order by id fetch first 1 rows only", UUID.class, b);
        Tips.Command link = new Tips.Command(TipAction.LINK_CASE, null, null, null, null, null, null, null, null,
                elsewhere, null, null, null, null, null, null);
        assertThatThrownBy(() -> act(s.id(), link)).isInstanceOfSatisfying(
                org.zhiben.common.InvalidInputException.class, e -> assertThat(e.violations().get(0).message())
                        .isEqualTo("关联的案件不是针对被举报单位的"));
        assertThat(tips.get(s.id()).getPenaltyYuan()).isNull();
    }

    @Test
    void outsideTheRemitIsTransferredToTheSectorsLeadDepartment() {
        as("county.yjj");
        Tips.Submitted s = tips.enter(new NewTip(TipChannel.VISIT, "来访反映工地塔吊司机无证上岗", "东区工地", null, "某建筑工地",
                as("county.yjj").regionCode(), true, null, null, false), List.of(), null);
        var sector = tips.leadDepartments().get(0);
        act(s.id(), new Tips.Command(TipAction.TRANSFER, null, null, null, sector.code(), null, null, null, null, null,
                null, null, null, null, null, null));
        Tip t = repository.findById(s.id()).orElseThrow();
        assertThat(t.getState()).isEqualTo(TipState.TRANSFERRED);
        assertThat(t.getTransferredTo()).contains(sector.leadDepartment());
        assertThatThrownBy(() -> act(s.id(), new Tips.Command(TipAction.TRANSFER, null, null, null, "nope", null,
                null, null, null, null, null, null, null, null, null, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void overdueStepsAreRemindedOnce() {
        UUID a = as("ent.a.safety").enterpriseId();
        Tips.Submitted s = phoneTip(a, true);
        CurrentUser county = as("county.yjj");
        Tip t = repository.findById(s.id()).orElseThrow();
        var later = t.getDueAt().plusSeconds(1);
        List<Tips.Reminder> sent = tips.remindOverdue(later);
        assertThat(sent).anyMatch(r -> r.tipId().equals(s.id()) && r.state() == TipState.RECEIVED);
        assertThat(tips.remindOverdue(later.plus(Duration.ofMinutes(5)))).noneMatch(r -> r.tipId().equals(s.id()));
        assertThat(tips.list(new Tips.Filter(null, null, true, t.getNo()), org.springframework.data.domain.Pageable.unpaged())
                .getContent()).isEmpty(); // not overdue at the real now
    }

    @Test
    void theSealedIdentityOpensOnlyForItsTip() {
        UUID id = UUID.randomUUID();
        String sealed = vault.seal(id, "张三 13800000000");
        assertThat(sealed).startsWith("sm4gcm1:").doesNotContain("张三");
        assertThat(vault.open(id, sealed)).isEqualTo("张三 13800000000");
        assertThat(vault.seal(id, "张三 13800000000")).isNotEqualTo(sealed);
        assertThatThrownBy(() -> vault.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDemoHasTipsInEachStateIncludingAnAnonymousRewardedOne() {
        as("county.yjj");
        List<Tip> all = tips.list(new Tips.Filter(null, null, false, null), org.springframework.data.domain.Pageable.unpaged())
                .getContent();
        Set<TipState> states = all.stream().map(Tip::getState).collect(Collectors.toSet());
        assertThat(states).contains(TipState.RECEIVED, TipState.VERIFYING, TipState.REPLIED, TipState.TRANSFERRED,
                TipState.LINKED, TipState.CLOSED);
        assertThat(all).anyMatch(t -> t.isAnonymous() && t.getRewardPaidAt() != null);
    }
}
