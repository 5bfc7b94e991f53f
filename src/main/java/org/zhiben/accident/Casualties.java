package org.zhiben.accident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;

/**
 * What an accident cost: deaths, missing (counted as deaths for the grade: 死亡(含失踪)), serious injuries (including
 * acute industrial poisoning) and direct economic loss in yuan.
 */
public record Casualties(int deaths, int missing, int seriousInjuries, BigDecimal directLossYuan) {

    private static final BigDecimal MAX_LOSS = new BigDecimal("1E15");

    public static final Casualties NONE = new Casualties(0, 0, 0, BigDecimal.ZERO);

    public Casualties {
        List<FieldViolation> errors = new ArrayList<>();
        if (deaths < 0) {
            errors.add(new FieldViolation("deaths", "死亡人数不能为负数"));
        }
        if (missing < 0) {
            errors.add(new FieldViolation("missing", "失踪人数不能为负数"));
        }
        if (seriousInjuries < 0) {
            errors.add(new FieldViolation("seriousInjuries", "重伤人数不能为负数"));
        }
        if (directLossYuan == null) {
            errors.add(new FieldViolation("directLossYuan", "请填写直接经济损失(元)"));
        } else if (directLossYuan.signum() < 0) {
            errors.add(new FieldViolation("directLossYuan", "直接经济损失不能为负数"));
        } else if (directLossYuan.scale() > 2 && directLossYuan.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldViolation("directLossYuan", "直接经济损失最多精确到分"));
        } else if (directLossYuan.compareTo(MAX_LOSS) >= 0) { // the column holds 17 digits before the point
            errors.add(new FieldViolation("directLossYuan", "直接经济损失应小于一千万亿元,请核对单位(元)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Deaths as the grade counts them: the dead and the missing. */
    public int deathsWithMissing() {
        return deaths + missing;
    }
}
