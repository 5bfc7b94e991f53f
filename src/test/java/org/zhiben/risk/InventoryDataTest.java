package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;

/** Field rules of the inventory inputs, each violation named by its field. */
class InventoryDataTest {

    private static InvalidInputException invalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected InvalidInputException");
    }

    @Test
    void aMajorHazardSourceCarriesItsCodeAndOnlyIt() {
        assertThat(invalid(() -> new AnalysisObjectData(ObjectKind.AREA, "罐区", true, " ").validated()).violations())
                .extracting("field").containsExactly("hazardSourceCode");
        assertThat(invalid(() -> new AnalysisObjectData(ObjectKind.AREA, "罐区", false, "HS-1").validated()).violations())
                .extracting("field").containsExactly("hazardSourceCode");
        assertThat(new AnalysisObjectData(ObjectKind.AREA, " 罐区 ", true, " HS-1 ").validated())
                .isEqualTo(new AnalysisObjectData(ObjectKind.AREA, "罐区", true, "HS-1"));
        assertThat(invalid(() -> new AnalysisObjectData(null, "", false, null).validated()).violations())
                .extracting("field").containsExactly("kind", "name");
    }

    @Test
    void anEventNeedsADescriptionAValidFactorCodeAndAnAccidentType() {
        assertThat(invalid(() -> new RiskEventData("", "13", Set.of()).validated()).violations())
                .extracting("field").containsExactly("description", "hazardFactorCode", "accidentTypes");
    }

    @Test
    void aMeasureNeedsAPositiveCheckCycleWithAUnit() {
        assertThat(invalid(() -> new ControlMeasureData("巡检", MeasureCategory.MAINTENANCE, null, null, 0, null)
                .validated()).violations()).extracting("field").containsExactly("checkCycle", "checkCycleUnit");
        assertThat(new ControlMeasureData("巡检", MeasureCategory.MAINTENANCE, "关键设备", "李四", 1,
                CheckCycleUnit.DAY).validated().checkCycle()).isEqualTo(1);
    }

    @Test
    void assessmentInputsAreNamedInLowerCaseAndDirectInputsAreDropped() {
        Map<String, BigDecimal> inputs = new HashMap<>();
        inputs.put("L", BigDecimal.ONE);
        inputs.put("e", null);
        AssessmentData scored = new AssessmentData(AssessmentKind.INHERENT, AssessmentMethod.LEC, inputs,
                DirectBasis.MAJOR_HAZARD_SOURCE, "x").validated();
        assertThat(scored.inputs()).containsEntry("l", BigDecimal.ONE).containsKey("e");
        assertThat(scored.directBasis()).isNull();
        AssessmentData direct = new AssessmentData(AssessmentKind.INHERENT, AssessmentMethod.DIRECT, inputs,
                DirectBasis.MAJOR_HAZARD_SOURCE, null).validated();
        assertThat(direct.inputs()).isEmpty();
        assertThatThrownBy(() -> new AssessmentData(null, null, null, null, null).validated())
                .isInstanceOf(InvalidInputException.class);
    }
}
