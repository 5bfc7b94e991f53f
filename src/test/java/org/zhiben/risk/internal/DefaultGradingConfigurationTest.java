package org.zhiben.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.RiskGrading;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.RiskScore;

/** The DOMAIN.md §3 defaults: factor lists and bands, with the boundaries that decide a level. */
class DefaultGradingConfigurationTest {

    private final RiskGrading grading = DefaultGradingConfiguration.defaults();

    private RiskScore grade(AssessmentMethod method, String... factorValues) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        for (int i = 0; i < factorValues.length; i++) {
            inputs.put(method.factors().get(i), new BigDecimal(factorValues[i]));
        }
        return grading.grade(method, inputs);
    }

    @Test
    void factorListsAreTheCommonPracticeValues() {
        assertThat(grading.allowed(AssessmentMethod.LEC, "l")).extracting(BigDecimal::toPlainString)
                .containsExactly("10", "6", "3", "1", "0.5", "0.2", "0.1");
        assertThat(grading.allowed(AssessmentMethod.LEC, "e")).extracting(BigDecimal::toPlainString)
                .containsExactly("10", "6", "3", "2", "1", "0.5");
        assertThat(grading.allowed(AssessmentMethod.LEC, "c")).extracting(BigDecimal::toPlainString)
                .containsExactly("100", "40", "15", "7", "3", "1");
        assertThat(grading.allowed(AssessmentMethod.LS, "l")).extracting(BigDecimal::intValue).containsExactly(5, 4, 3, 2, 1);
        assertThat(grading.allowed(AssessmentMethod.LS, "s")).extracting(BigDecimal::intValue).containsExactly(5, 4, 3, 2, 1);
        assertThat(grading.allowed(AssessmentMethod.MES, "m")).extracting(BigDecimal::intValue).containsExactly(5, 3, 1);
        assertThat(grading.allowed(AssessmentMethod.MES, "e")).isEqualTo(grading.allowed(AssessmentMethod.LEC, "e"));
        assertThat(grading.allowed(AssessmentMethod.MES, "s")).extracting(BigDecimal::intValue).containsExactly(10, 8, 4, 2, 1);
        assertThat(grading.meaning(AssessmentMethod.LEC, "l", new BigDecimal("6"))).isEqualTo("相当可能");
        assertThat(grading.meaning(AssessmentMethod.MES, "m", new BigDecimal("1"))).isEqualTo("有预防措施");
    }

    @Test
    void lecBandsWithTheirFiveDescriptions() {
        assertThat(grade(AssessmentMethod.LEC, "10", "6", "7")).isEqualTo(score("420", RiskLevel.MAJOR, "极其危险"));
        assertThat(grade(AssessmentMethod.LEC, "3", "6", "15")).isEqualTo(score("270", RiskLevel.LARGE, "高度危险"));
        assertThat(grade(AssessmentMethod.LEC, "6", "3", "7")).isEqualTo(score("126", RiskLevel.GENERAL, "显著危险"));
        // D = 70 is the top of 低 (70 < D ≤ 160 is 一般)
        assertThat(grade(AssessmentMethod.LEC, "10", "1", "7")).isEqualTo(score("70", RiskLevel.LOW, "一般危险"));
        assertThat(grade(AssessmentMethod.LEC, "1", "3", "7")).isEqualTo(score("21", RiskLevel.LOW, "一般危险"));
        assertThat(grade(AssessmentMethod.LEC, "0.5", "6", "3")).isEqualTo(score("9", RiskLevel.LOW, "稍有危险"));
        assertThat(grade(AssessmentMethod.LEC, "0.1", "0.5", "1").value()).isEqualByComparingTo("0.05");
    }

    @Test
    void lsBandsIncludeTheirLowerBounds() {
        assertThat(grade(AssessmentMethod.LS, "4", "5").level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(grade(AssessmentMethod.LS, "4", "4").level()).isEqualTo(RiskLevel.LARGE);
        assertThat(grade(AssessmentMethod.LS, "3", "5").level()).isEqualTo(RiskLevel.LARGE);
        assertThat(grade(AssessmentMethod.LS, "3", "3").level()).isEqualTo(RiskLevel.GENERAL);
        assertThat(grade(AssessmentMethod.LS, "3", "4").level()).isEqualTo(RiskLevel.GENERAL);
        assertThat(grade(AssessmentMethod.LS, "2", "4").level()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void mesBandsExcludeTheirLowerBounds() {
        assertThat(grade(AssessmentMethod.MES, "5", "6", "8").level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(grade(AssessmentMethod.MES, "3", "6", "10")).isEqualTo(score("180", RiskLevel.LARGE, "较大风险"));
        assertThat(grade(AssessmentMethod.MES, "1", "10", "10").level()).isEqualTo(RiskLevel.LARGE);
        assertThat(grade(AssessmentMethod.MES, "3", "3", "10")).isEqualTo(score("90", RiskLevel.GENERAL, "一般风险"));
        assertThat(grade(AssessmentMethod.MES, "5", "10", "1").level()).isEqualTo(RiskLevel.GENERAL);
        assertThat(grade(AssessmentMethod.MES, "1", "6", "8")).isEqualTo(score("48", RiskLevel.LOW, "低风险"));
    }

    @Test
    void directJudgmentIsMajorWithoutScoring() {
        RiskScore score = grading.grade(AssessmentMethod.DIRECT, Map.of());
        assertThat(score.level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(score.value()).isNull();
    }

    @Test
    void aValueOutsideTheListIsRejectedNamingTheAllowedValues() {
        assertThatThrownBy(() -> grade(AssessmentMethod.LEC, "7", "6", "7"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("10、6、3、1、0.5、0.2、0.1")
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting("field").containsExactly("l"));
    }

    private static RiskScore score(String value, RiskLevel level, String band) {
        return new RiskScore(new BigDecimal(value), level, band);
    }
}
