package org.zhiben.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;
import org.zhiben.monitoring.AlarmAction;
import org.zhiben.monitoring.AlarmLevel;
import org.zhiben.monitoring.AlarmState;
import org.zhiben.monitoring.PointData;
import org.zhiben.monitoring.Quantity;

class MonitoringAlarmTest {

    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    static MonitoringPoint point() {
        return MonitoringPoint.create(UUID.randomUUID(), "340102001000", SectorSet.of("02"), new PointData("LT-1",
                "液位", UUID.randomUUID(), Quantity.LEVEL, "m", BigDecimal.ZERO, BigDecimal.TEN, null, BigDecimal.ONE,
                new BigDecimal("8"), new BigDecimal("9"), new BigDecimal("0.2"), 30, true),
                new MonitoringPoint.Unit(UUID.randomUUID(), "储罐", true), T0);
    }

    @Test
    void statesRunRaisedAcknowledgedHandledClosedWithWhoAndWhen() {
        MonitoringAlarm a = MonitoringAlarm.threshold(point(), AlarmLevel.HIGH, 8.1, T0);
        assertThat(a.getState()).isEqualTo(AlarmState.RAISED);
        assertThatThrownBy(() -> a.act(AlarmAction.CLOSE, "王安全", null, T0)).isInstanceOf(InvalidInputException.class);
        a.act(AlarmAction.ACKNOWLEDGE, "郑操作", null, T0.plusSeconds(60));
        assertThat(a.getAcknowledgedBy()).isEqualTo("郑操作");
        assertThatThrownBy(() -> a.act(AlarmAction.ACKNOWLEDGE, "郑操作", null, T0))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> a.act(AlarmAction.HANDLE, "王安全", " ", T0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("处置措施");
        a.act(AlarmAction.HANDLE, "王安全", "关闭进料阀,倒罐至2号罐", T0.plusSeconds(300));
        assertThat(a.getState()).isEqualTo(AlarmState.HANDLED);
        assertThat(a.getMeasures()).isEqualTo("关闭进料阀,倒罐至2号罐");
        a.act(AlarmAction.CLOSE, "王安全", null, T0.plusSeconds(600));
        assertThat(a.getState()).isEqualTo(AlarmState.CLOSED);
        assertThat(a.getClosedAt()).isEqualTo(T0.plusSeconds(600));
        assertThatThrownBy(() -> a.act(AlarmAction.HANDLE, "王安全", "x", T0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void levelRisesToTheMostSevereBandAndNotesTheReturn() {
        MonitoringAlarm a = MonitoringAlarm.threshold(point(), AlarmLevel.HIGH, 8.1, T0);
        assertThat(a.observe(AlarmLevel.HIGH_HIGH, 9.2, T0.plusSeconds(30))).isTrue();
        assertThat(a.observe(AlarmLevel.HIGH, 8.5, T0.plusSeconds(60))).isFalse();
        assertThat(a.getLevel()).isEqualTo(AlarmLevel.HIGH_HIGH);
        assertThat(a.getPeakValue()).isEqualTo(9.2);
        a.observe(AlarmLevel.NORMAL, 7.0, T0.plusSeconds(90));
        assertThat(a.getClearedAt()).isEqualTo(T0.plusSeconds(90));
        a.observe(AlarmLevel.HIGH, 8.2, T0.plusSeconds(120));
        assertThat(a.getClearedAt()).isNull();
    }

    @Test
    void escalationIsDueAfterTheConfiguredTimeUnlessHandled() {
        MonitoringAlarm a = MonitoringAlarm.threshold(point(), AlarmLevel.HIGH, 8.1, T0);
        Duration after = Duration.ofMinutes(30);
        assertThat(a.dueForEscalation(after, T0.plus(after).minusSeconds(1))).isFalse();
        assertThat(a.dueForEscalation(after, T0.plus(after))).isTrue();
        a.act(AlarmAction.ACKNOWLEDGE, "郑操作", null, T0);
        assertThat(a.dueForEscalation(after, T0.plus(after))).isTrue();
        a.act(AlarmAction.HANDLE, "王安全", "已处置", T0);
        assertThat(a.dueForEscalation(after, T0.plus(after))).isFalse();
        MonitoringAlarm b = MonitoringAlarm.threshold(point(), AlarmLevel.HIGH, 8.1, T0);
        b.escalated(UUID.randomUUID(), T0.plus(after));
        assertThat(b.dueForEscalation(after, T0.plus(after).plusSeconds(600))).isFalse();
    }
}
