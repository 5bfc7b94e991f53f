package org.zhiben.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;
import org.zhiben.enforcement.CaseAction;
import org.zhiben.enforcement.CaseMeasure;
import org.zhiben.enforcement.CaseState;

/** The case state machine with the 行政处罚法 periods, boundaries included. */
class EnforcementCaseTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final Inspection.Target TARGET = new Inspection.Target(UUID.randomUUID(), "测试化工有限公司",
            "990101101202", SectorSet.of("02"));

    static EnforcementCase investigated() {
        EnforcementCase c = EnforcementCase.file(TARGET, "990101000000", "示范县应急管理局", null, "未维护安全设备",
                "报警装置失效", DAY, Instant.parse("2026-03-02T01:00:00Z"));
        c.investigate("询问笔录", DAY);
        return c;
    }

    static EnforcementCase.Proposal fine(String unit) {
        return new EnforcementCase.Proposal(Set.of(CaseMeasure.FINE), new BigDecimal(unit), null, null, null, null);
    }

    @Test
    void runsFromFilingToClosing() {
        EnforcementCase c = investigated();
        assertThat(c.getState()).isEqualTo(CaseState.INVESTIGATING);
        c.notifyParty(new EnforcementCase.Proposal(Set.of(CaseMeasure.FINE, CaseMeasure.DUAL_FINE),
                new BigDecimal("60000"), "李某", new BigDecimal("12000"), null, null), DAY);
        assertThat(c.getState()).isEqualTo(CaseState.NOTIFIED);
        c.statement("无异议,请求从轻", false, DAY.plusDays(1));
        c.decide(new EnforcementCase.Proposal(Set.of(CaseMeasure.FINE, CaseMeasure.DUAL_FINE),
                new BigDecimal("50000"), "李某", new BigDecimal("10000"), null, null), "从轻处罚", DAY.plusDays(2));
        assertThat(c.getState()).isEqualTo(CaseState.DECIDED);
        assertThat(c.totalFine()).isEqualByComparingTo("60000");
        assertThat(c.getPaymentDue()).isEqualTo(DAY.plusDays(2 + EnforcementCase.PAYMENT_DAYS));
        c.execute(DAY.plusDays(3));
        assertThatThrownBy(() -> c.close(DAY.plusDays(3), false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("罚款尚未缴纳");
        c.pay(DAY.plusDays(5), DAY.plusDays(5));
        c.close(DAY.plusDays(6), false);
        assertThat(c.getState()).isEqualTo(CaseState.CLOSED);
        assertThat(c.allowedActions()).isEmpty();
    }

    @Test
    void hearingRightStartsAtFiftyThousandForTheUnitAndTenThousandForAPerson() {
        EnforcementCase below = investigated();
        below.notifyParty(fine("49999.99"), DAY);
        assertThat(below.hearingRight()).isFalse();
        assertThat(below.getReplyDue()).isEqualTo(DAY.plusDays(EnforcementCase.STATEMENT_DAYS));

        EnforcementCase at = investigated();
        at.notifyParty(fine("50000"), DAY);
        assertThat(at.hearingRight()).isTrue();
        assertThat(at.getReplyDue()).isEqualTo(DAY.plusDays(EnforcementCase.HEARING_DAYS));

        EnforcementCase person = investigated();
        person.notifyParty(new EnforcementCase.Proposal(Set.of(CaseMeasure.FINE, CaseMeasure.DUAL_FINE),
                new BigDecimal("1000"), "李某", new BigDecimal("10000"), null, null), DAY);
        assertThat(person.hearingRight()).isTrue();

        EnforcementCase suspend = investigated();
        suspend.notifyParty(new EnforcementCase.Proposal(Set.of(CaseMeasure.SUSPEND), null, null, null, null, null),
                DAY);
        assertThat(suspend.hearingRight()).isTrue();
    }

    @Test
    void decisionWaitsForTheReplyPeriodUnlessThePartyHasStated() {
        EnforcementCase c = investigated();
        c.notifyParty(fine("20000"), DAY); // reply due DAY + 3
        assertThatThrownBy(() -> c.decide(fine("20000"), "决定", DAY.plusDays(3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("陈述申辩期限");
        c.decide(fine("20000"), "决定", DAY.plusDays(4));
        assertThat(c.getState()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void aRequestedHearingMustBeHeldAndOnlyWithinTheRightAndPeriod() {
        EnforcementCase small = investigated();
        small.notifyParty(fine("1000"), DAY);
        assertThatThrownBy(() -> small.statement("申请听证", true, DAY)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不属于听证范围");

        EnforcementCase late = investigated();
        late.notifyParty(fine("80000"), DAY);
        assertThatThrownBy(() -> late.statement("申请听证", true, DAY.plusDays(6)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("听证申请已超过");

        EnforcementCase c = investigated();
        c.notifyParty(fine("80000"), DAY);
        c.statement("申请听证", true, DAY.plusDays(5));
        assertThat(c.allowedActions()).contains(CaseAction.HEARING);
        assertThatThrownBy(() -> c.decide(fine("80000"), "决定", DAY.plusDays(9)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("听证后");
        c.hearing(DAY.plusDays(8), DAY.plusDays(9));
        c.decide(fine("80000"), "决定", DAY.plusDays(9));
        assertThat(c.getState()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void theDecisionIsNeverHeavierThanNotified() {
        EnforcementCase c = investigated();
        c.notifyParty(fine("20000"), DAY);
        c.statement("请求从轻", false, DAY);
        assertThatThrownBy(() -> c.decide(fine("20000.01"), "决定", DAY)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不得高于告知");
        assertThatThrownBy(() -> c.decide(new EnforcementCase.Proposal(Set.of(CaseMeasure.FINE, CaseMeasure.SUSPEND),
                new BigDecimal("20000"), null, null, null, null), "决定", DAY)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不得超出告知");
        c.decide(fine("20000"), "决定", DAY);
        assertThat(c.getFineUnitYuan()).isEqualByComparingTo("20000");
    }

    @Test
    void measuresNeedTheirData() {
        EnforcementCase c = investigated();
        assertThatThrownBy(() -> c.notifyParty(new EnforcementCase.Proposal(Set.of(CaseMeasure.FINE), null, null, null,
                null, null), DAY)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> c.notifyParty(new EnforcementCase.Proposal(Set.of(CaseMeasure.FINE,
                CaseMeasure.DUAL_FINE), new BigDecimal("1000"), " ", new BigDecimal("500"), null, null), DAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("主要负责人");
        assertThatThrownBy(() -> c.notifyParty(new EnforcementCase.Proposal(Set.of(CaseMeasure.RECTIFY), null, null,
                null, DAY, null), DAY)).isInstanceOf(InvalidInputException.class).hasMessageContaining("整改期限");
        assertThatThrownBy(() -> c.notifyParty(new EnforcementCase.Proposal(Set.of(CaseMeasure.TRANSFER), null, null,
                null, null, ""), DAY)).isInstanceOf(InvalidInputException.class).hasMessageContaining("接收机关");
        assertThatThrownBy(() -> c.notifyParty(fine("-1"), DAY)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> c.notifyParty(fine("100.001"), DAY)).isInstanceOf(InvalidInputException.class);
        assertThat(c.getState()).isEqualTo(CaseState.INVESTIGATING);
    }

    @Test
    void aSuspensionMustBeLiftedBeforeClosing() {
        EnforcementCase c = investigated();
        c.notifyParty(new EnforcementCase.Proposal(Set.of(CaseMeasure.SUSPEND), null, null, null, null, null), DAY);
        c.decide(new EnforcementCase.Proposal(Set.of(CaseMeasure.SUSPEND), null, null, null, null, null), "停产整顿",
                DAY.plusDays(6));
        c.execute(DAY.plusDays(6));
        assertThat(c.allowedActions()).contains(CaseAction.RESUME);
        assertThatThrownBy(() -> c.close(DAY.plusDays(7), true)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("复产验收");
        c.close(DAY.plusDays(7), false);
        assertThat(c.getState()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void actionsOutOfOrderAreRefused() {
        EnforcementCase c = EnforcementCase.file(TARGET, "990101000000", "示范县应急管理局", null, "案由", "事实", DAY,
                Instant.parse("2026-03-02T01:00:00Z"));
        assertThatThrownBy(() -> c.notifyParty(fine("1000"), DAY)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不能告知");
        assertThatThrownBy(() -> c.execute(DAY)).isInstanceOf(InvalidInputException.class);
    }
}
