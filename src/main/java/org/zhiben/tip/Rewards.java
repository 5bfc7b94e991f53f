package org.zhiben.tip;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.Labelled;

/**
 * The reward for a verified tip (安全生产领域举报奖励办法, 2018; DOMAIN §8). A major hazard or illegal production or
 * operation: 15 % of the fine, rounded half-up to the fen, at least 3 000 元 and at most 300 000 元 (both bounds
 * inclusive: a fine of 20 000 元 gives exactly 3 000, one of 2 000 000 元 exactly 300 000). A concealed or falsely
 * reported accident: per verified concealed death 30 000 / 40 000 / 50 000 / 60 000 元 for 一般 / 较大 / 重大 /
 * 特别重大, at most 300 000 元. The concealed deaths cannot exceed the grade's death range (493号令: 一般 fewer than
 * 3, 较大 fewer than 10, 重大 fewer than 30).
 */
public final class Rewards {

    public static final BigDecimal RATE = new BigDecimal("0.15");
    public static final BigDecimal MINIMUM = new BigDecimal("3000");
    public static final BigDecimal MAXIMUM = new BigDecimal("300000");
    public static final BigDecimal MAX_PENALTY = new BigDecimal("100000000000");

    /** Yuan per verified concealed death, and the most deaths an accident of the grade can have. */
    public enum Grade implements Labelled {
        GENERAL("一般", 30_000, 2),
        LARGER("较大", 40_000, 9),
        MAJOR("重大", 50_000, 29),
        GRAVE("特别重大", 60_000, Integer.MAX_VALUE);

        private final String label;
        private final int perDeath;
        private final int maxDeaths;

        Grade(String label, int perDeath, int maxDeaths) {
            this.label = label;
            this.perDeath = perDeath;
            this.maxDeaths = maxDeaths;
        }

        public String label() {
            return label;
        }

        public int perDeath() {
            return perDeath;
        }

        /** The grade by its Chinese label (一般, 较大, 重大, 特别重大) or its name; null when neither. */
        public static Grade of(String text) {
            if (text == null) {
                return null;
            }
            String t = text.strip().replace("事故", "");
            for (Grade g : values()) {
                if (g.label.equals(t) || g.name().equals(t)) {
                    return g;
                }
            }
            return null;
        }
    }

    /** The amount and the rule that gave it, in words. */
    public record Result(BigDecimal amountYuan, String rule) {
    }

    private Rewards() {
    }

    /**
     * The reward; bad input (no kind, a negative or missing fine, a fractional or missing death count, an unknown
     * grade, more deaths than the grade allows) is an {@link InvalidInputException} naming each field.
     */
    public static Result calculate(RewardKind kind, BigDecimal penaltyYuan, Integer concealedDeaths, String grade) {
        List<FieldViolation> errors = new ArrayList<>();
        if (kind == null) {
            throw new InvalidInputException("kind", "请选择举报事项类别(MAJOR_HAZARD、ILLEGAL_OPERATION 或 CONCEALED_ACCIDENT)");
        }
        if (kind == RewardKind.CONCEALED_ACCIDENT) {
            Grade g = Grade.of(grade);
            if (g == null) {
                errors.add(new FieldViolation("accidentGrade", "请填写事故等级:一般、较大、重大或特别重大"));
            }
            if (concealedDeaths == null || concealedDeaths < 1) {
                errors.add(new FieldViolation("concealedDeaths", "请填写核实的瞒报死亡人数(至少1人)"));
            } else if (g != null && concealedDeaths > g.maxDeaths) {
                errors.add(new FieldViolation("concealedDeaths", g.label + "事故的死亡人数不超过" + g.maxDeaths + "人"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            BigDecimal raw = BigDecimal.valueOf((long) g.perDeath * concealedDeaths);
            BigDecimal amount = raw.min(MAXIMUM);
            return new Result(amount, "瞒报谎报事故:核实瞒报死亡" + concealedDeaths + "人 × " + g.label + "事故每人"
                    + g.perDeath + "元 = " + raw.toPlainString() + "元" + (raw.compareTo(MAXIMUM) > 0
                    ? ",超过最高额,按300000元" : ""));
        }
        if (penaltyYuan == null) {
            throw new InvalidInputException("penaltyYuan", "请填写罚款金额(元)");
        }
        if (penaltyYuan.signum() < 0 || penaltyYuan.compareTo(MAX_PENALTY) > 0 || penaltyYuan.scale() > 2
                && penaltyYuan.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("penaltyYuan", "罚款金额应为不小于0的金额(元,最多两位小数)");
        }
        BigDecimal raw = penaltyYuan.multiply(RATE).setScale(2, RoundingMode.HALF_UP);
        BigDecimal amount = raw.max(MINIMUM).min(MAXIMUM);
        String bound = raw.compareTo(MINIMUM) < 0 ? ",低于最低额,按3000元" : raw.compareTo(MAXIMUM) > 0
                ? ",超过最高额,按300000元" : "";
        return new Result(amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros(),
                kind.label() + ":罚款" + penaltyYuan.stripTrailingZeros().toPlainString() + "元 × 15% = "
                        + raw.stripTrailingZeros().toPlainString() + "元" + bound);
    }

    /** The rules as the calculator page lists them. */
    public static Map<String, String> rules() {
        return Map.of("MAJOR_HAZARD/ILLEGAL_OPERATION", "罚款金额的15%,最低3000元,最高300000元",
                "CONCEALED_ACCIDENT", "每核实瞒报死亡1人:一般3万、较大4万、重大5万、特别重大6万元,最高300000元");
    }
}
