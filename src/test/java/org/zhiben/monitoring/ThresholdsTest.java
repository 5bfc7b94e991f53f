package org.zhiben.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.monitoring.AlarmLevel.HIGH;
import static org.zhiben.monitoring.AlarmLevel.HIGH_HIGH;
import static org.zhiben.monitoring.AlarmLevel.LOW;
import static org.zhiben.monitoring.AlarmLevel.LOW_LOW;
import static org.zhiben.monitoring.AlarmLevel.NORMAL;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.zhiben.common.FieldViolation;

/** Bands with the dead band: a tank level 0–10 m, 低低报 0.5, 低报 1.0, 高报 8.0, 高高报 9.0, dead band 0.2. */
class ThresholdsTest {

    static final Thresholds LEVEL = new Thresholds(d("0"), d("10"), d("0.5"), d("1.0"), d("8.0"), d("9.0"), d("0.2"));

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void reachingAThresholdEntersItsBand() {
        assertThat(LEVEL.classify(NORMAL, 7.99)).isEqualTo(NORMAL);
        assertThat(LEVEL.classify(NORMAL, 8.0)).isEqualTo(HIGH);
        assertThat(LEVEL.classify(NORMAL, 8.99)).isEqualTo(HIGH);
        assertThat(LEVEL.classify(NORMAL, 9.0)).isEqualTo(HIGH_HIGH);
        assertThat(LEVEL.classify(NORMAL, 1.01)).isEqualTo(NORMAL);
        assertThat(LEVEL.classify(NORMAL, 1.0)).isEqualTo(LOW);
        assertThat(LEVEL.classify(NORMAL, 0.51)).isEqualTo(LOW);
        assertThat(LEVEL.classify(NORMAL, 0.5)).isEqualTo(LOW_LOW);
        assertThat(LEVEL.classify(null, 0.0)).isEqualTo(LOW_LOW);
    }

    @Test
    void leavingABandNeedsMoreThanTheDeadBand() {
        // in 高报: stays while value > 8.0 - 0.2
        assertThat(LEVEL.classify(HIGH, 7.9)).isEqualTo(HIGH);
        assertThat(LEVEL.classify(HIGH, 7.81)).isEqualTo(HIGH);
        assertThat(LEVEL.classify(HIGH, 7.8)).isEqualTo(NORMAL);
        // in 高高报: falls to 高报 only below 9.0 - 0.2
        assertThat(LEVEL.classify(HIGH_HIGH, 8.85)).isEqualTo(HIGH_HIGH);
        assertThat(LEVEL.classify(HIGH_HIGH, 8.8)).isEqualTo(HIGH);
        assertThat(LEVEL.classify(HIGH_HIGH, 7.7)).isEqualTo(NORMAL);
        // low side mirrors it
        assertThat(LEVEL.classify(LOW, 1.19)).isEqualTo(LOW);
        assertThat(LEVEL.classify(LOW, 1.2)).isEqualTo(NORMAL);
        assertThat(LEVEL.classify(LOW_LOW, 0.69)).isEqualTo(LOW_LOW);
        assertThat(LEVEL.classify(LOW_LOW, 0.7)).isEqualTo(LOW);
    }

    @Test
    void aValueHoveringOnTheLineStaysInOneBand() {
        AlarmLevel band = NORMAL;
        int entries = 0;
        double[] hover = {7.95, 8.01, 7.97, 8.02, 7.99, 8.0, 7.9, 8.05, 7.85, 8.01};
        for (double v : hover) {
            AlarmLevel next = LEVEL.classify(band, v);
            if (band == NORMAL && next != NORMAL) {
                entries++;
            }
            band = next;
        }
        assertThat(entries).isEqualTo(1);
        assertThat(band).isEqualTo(HIGH);
    }

    @Test
    void missingThresholdsAreSkipped() {
        Thresholds onlyHigh = new Thresholds(d("0"), d("100"), null, null, d("25"), null, d("2"));
        assertThat(onlyHigh.classify(NORMAL, 0)).isEqualTo(NORMAL);
        assertThat(onlyHigh.classify(NORMAL, 100)).isEqualTo(HIGH);
        assertThat(onlyHigh.classify(HIGH, 23.5)).isEqualTo(HIGH);
        assertThat(onlyHigh.classify(HIGH, 23)).isEqualTo(NORMAL);
    }

    @Test
    void inconsistentFiguresAreRefusedFieldByField() {
        assertThat(LEVEL.problems()).isEmpty();
        assertThat(fields(new Thresholds(d("10"), d("0"), null, null, null, null, d("0")))).containsExactly("rangeHigh");
        assertThat(fields(new Thresholds(d("0"), d("10"), null, d("5"), d("4"), null, d("0")))).containsExactly("high");
        assertThat(fields(new Thresholds(d("0"), d("10"), null, null, d("11"), null, d("0")))).containsExactly("high");
        assertThat(fields(new Thresholds(d("0"), d("10"), null, null, null, null, d("-1")))).containsExactly("deadBand");
        assertThat(fields(new Thresholds(d("0"), d("10"), null, null, null, null, d("10")))).containsExactly("deadBand");
        assertThat(fields(new Thresholds(null, null, null, null, null, null, d("0"))))
                .containsExactly("rangeLow", "rangeHigh");
        assertThat(LEVEL.inRange(0)).isTrue();
        assertThat(LEVEL.inRange(10)).isTrue();
        assertThat(LEVEL.inRange(10.001)).isFalse();
        assertThat(LEVEL.inRange(-0.001)).isFalse();
    }

    private static java.util.List<String> fields(Thresholds t) {
        return t.problems().stream().map(FieldViolation::field).toList();
    }
}
