package org.zhiben.tip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.zhiben.common.InvalidInputException;
import org.zhiben.tip.NewTip;
import org.zhiben.tip.RejectReason;
import org.zhiben.tip.RewardKind;
import org.zhiben.tip.TipAction;
import org.zhiben.tip.TipChannel;
import org.zhiben.tip.TipFinding;
import org.zhiben.tip.TipLimits;
import org.zhiben.tip.TipState;

class TipTest {

    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    static final TipLimits LIMITS = TipLimits.defaults();
    static final Tip.Actor HANDLER = new Tip.Actor(UUID.randomUUID(), "承办人", true, false, false);
    static final Tip.Actor OTHER_OFFICIAL = new Tip.Actor(UUID.randomUUID(), "审批人", true, false, false);
    static final Tip.Actor CITIZEN = new Tip.Actor(UUID.randomUUID(), "企业人员", false, false, false);

    static Tip tip(boolean anonymous) {
        return Tip.receive(new NewTip(TipChannel.WEB, "仓库消防通道被堵塞", "仓库", UUID.randomUUID(), null, null,
                anonymous, anonymous ? null : "某人", anonymous ? null : "13900000000", false),
                new Tip.Target(UUID.randomUUID(), "某企业", "140403001001", Set.of("03")), "hash", List.of(), null, T0,
                LIMITS);
    }

    static Tip verified(boolean anonymous) {
        Tip t = tip(anonymous);
        t.accept(HANDLER, null, null, T0, LIMITS);
        t.startVerification(HANDLER, T0, LIMITS);
        t.conclude(HANDLER, TipFinding.TRUE, "属实", T0, LIMITS);
        return t;
    }

    @Test
    void aNewTipIsReceivedWithTheAcceptanceDeadline() {
        Tip t = tip(true);
        assertThat(t.getState()).isEqualTo(TipState.RECEIVED);
        assertThat(t.getDueAt()).isEqualTo(T0.plus(Duration.ofDays(5)));
        assertThat(t.allowedActions()).containsExactlyInAnyOrder(TipAction.ACCEPT, TipAction.REJECT, TipAction.TRANSFER);
        assertThat(t.getNo()).startsWith("JB20260302-");
    }

    @Test
    void realNameNeedsNameAndContactAnonymousDropsThem() {
        assertThatThrownBy(() -> Tip.receive(new NewTip(TipChannel.WEB, "仓库消防通道被堵塞", "仓库", null, null, null,
                false, " ", null, false), new Tip.Target(null, "x", "140403000000", Set.of()), "h", List.of(), null,
                T0, LIMITS)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).contains("reporterName", "reporterContact"));
        assertThat(tip(true).getReporterCipher()).isNull();
        assertThat(tip(true).snapshot().toString()).doesNotContain("13900000000");
        assertThat(tip(false).snapshot().toString()).doesNotContain("13900000000").doesNotContain("某人");
    }

    @Test
    void onlyOfficialsActAndAfterAcceptanceOnlyTheHandler() {
        Tip t = tip(true);
        assertThatThrownBy(() -> t.accept(CITIZEN, null, null, T0, LIMITS)).isInstanceOf(AccessDeniedException.class);
        t.accept(HANDLER, null, null, T0, LIMITS);
        assertThatThrownBy(() -> t.startVerification(OTHER_OFFICIAL, T0, LIMITS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> t.reply(HANDLER, "答复", T0, LIMITS)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDuplicateNeedsTheEarlierTip() {
        Tip t = tip(true);
        assertThatThrownBy(() -> t.reject(HANDLER, RejectReason.DUPLICATE, null, null, T0, LIMITS))
                .isInstanceOf(InvalidInputException.class);
        UUID earlier = UUID.randomUUID();
        t.reject(HANDLER, RejectReason.DUPLICATE, earlier, null, T0, LIMITS);
        assertThat(t.getState()).isEqualTo(TipState.REJECTED);
        assertThat(t.getSameMatterAs()).isEqualTo(earlier);
        assertThat(t.allowedActions()).containsExactly(TipAction.REPLY);
    }

    @Test
    void theRewardFollowsTheCaseAndIsApprovedBySomeoneElseAndClaimedBeforePayment() {
        Tip t = verified(true);
        t.linkCase(HANDLER, null, "示范罚〔2026〕1号", new BigDecimal("100000"), T0, LIMITS);
        assertThat(t.getState()).isEqualTo(TipState.LINKED);
        t.proposeReward(HANDLER, RewardKind.MAJOR_HAZARD, null, null, T0, LIMITS);
        assertThat(t.getRewardYuan()).isEqualByComparingTo("15000");
        assertThatThrownBy(() -> t.approveReward(HANDLER, T0, LIMITS)).isInstanceOf(AccessDeniedException.class);
        t.approveReward(OTHER_OFFICIAL, T0, LIMITS);
        assertThatThrownBy(() -> t.payReward(HANDLER, T0, LIMITS)).isInstanceOf(InvalidInputException.class);
        t.claim("sm4gcm1:sealed");
        t.payReward(HANDLER, T0, LIMITS);
        t.reply(HANDLER, "经核查属实,已发放奖励", T0, LIMITS);
        t.close(HANDLER, T0, LIMITS);
        assertThat(t.getState()).isEqualTo(TipState.CLOSED);
        assertThat(t.getDueAt()).isNull();
    }

    @Test
    void aFalseTipIsAnsweredWithoutLinks() {
        Tip t = tip(true);
        t.accept(HANDLER, null, null, T0, LIMITS);
        t.startVerification(HANDLER, T0, LIMITS);
        t.conclude(HANDLER, TipFinding.FALSE, "现场未发现", T0, LIMITS);
        assertThat(t.allowedActions()).containsExactly(TipAction.REPLY);
    }

    @Test
    void eachStepIsOverdueAfterItsLimitAndRemindedOnce() {
        Tip t = tip(true);
        Instant due = T0.plus(Duration.ofDays(5));
        assertThat(t.overdue(due)).isFalse();
        assertThat(t.takeReminder(due)).isFalse();
        Instant late = due.plusSeconds(1);
        assertThat(t.overdue(late)).isTrue();
        assertThat(t.takeReminder(late)).isTrue();
        assertThat(t.takeReminder(late.plusSeconds(60))).isFalse();
        t.accept(HANDLER, null, null, late, LIMITS);
        assertThat(t.overdue(late)).isFalse();
        assertThat(t.getDueAt()).isEqualTo(late.plus(Duration.ofDays(5)));
        t.startVerification(HANDLER, late, LIMITS);
        assertThat(t.getDueAt()).isEqualTo(late.plus(Duration.ofDays(60)));
        assertThat(t.takeReminder(late.plus(Duration.ofDays(61)))).isTrue();
    }
}
