package org.zhiben.accident;

import java.math.BigDecimal;

/**
 * The grade of 493号令 第三条: the highest grade any one criterion reaches. "以上"包括本数,"以下"不包括本数, so 3 deaths
 * is 较大 and 2 is 一般; deaths include the missing.
 *
 * <pre>
 * 特别重大  deaths ≥ 30     serious injuries ≥ 100   loss ≥ 1亿元
 * 重大     deaths ≥ 10     serious injuries ≥ 50    loss ≥ 5000万元
 * 较大     deaths ≥ 3      serious injuries ≥ 10    loss ≥ 1000万元
 * 一般     below all of those
 * </pre>
 */
public final class Grading {

    static final BigDecimal TEN_MILLION = new BigDecimal("10000000");
    static final BigDecimal FIFTY_MILLION = new BigDecimal("50000000");
    static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");

    private Grading() {
    }

    /** Which figure decided a grade; {@code ALL} for 一般, where none reaches 较大. */
    public enum Criterion { DEATHS, SERIOUS_INJURIES, DIRECT_LOSS, ALL }

    /** A grade, the criterion that reached it (deaths before injuries before loss on a tie) and why, in words. */
    public record Result(AccidentGrade grade, Criterion criterion, String basis) {
    }

    public static AccidentGrade grade(Casualties c) {
        return of(c).grade();
    }

    public static Result of(Casualties c) {
        AccidentGrade byDeaths = byDeaths(c.deathsWithMissing());
        AccidentGrade byInjuries = byInjuries(c.seriousInjuries());
        AccidentGrade byLoss = byLoss(c.directLossYuan());
        AccidentGrade highest = max(byDeaths, max(byInjuries, byLoss));
        if (highest == AccidentGrade.GENERAL) {
            return new Result(highest, Criterion.ALL, "死亡(含失踪)" + c.deathsWithMissing() + "人、重伤"
                    + c.seriousInjuries() + "人、直接经济损失" + c.directLossYuan().toPlainString() + "元,均未达到较大事故标准");
        }
        if (byDeaths == highest) {
            return new Result(highest, Criterion.DEATHS, "死亡(含失踪)" + c.deathsWithMissing() + "人,达到"
                    + highest.label() + "标准(" + deathBound(highest) + "人以上)");
        }
        if (byInjuries == highest) {
            return new Result(highest, Criterion.SERIOUS_INJURIES, "重伤(含急性工业中毒)" + c.seriousInjuries() + "人,达到"
                    + highest.label() + "标准(" + injuryBound(highest) + "人以上)");
        }
        return new Result(highest, Criterion.DIRECT_LOSS, "直接经济损失" + c.directLossYuan().toPlainString() + "元,达到"
                + highest.label() + "标准(" + lossBound(highest) + "以上)");
    }

    static AccidentGrade byDeaths(int deaths) {
        return deaths >= 30 ? AccidentGrade.EXTRAORDINARY : deaths >= 10 ? AccidentGrade.MAJOR
                : deaths >= 3 ? AccidentGrade.LARGE : AccidentGrade.GENERAL;
    }

    static AccidentGrade byInjuries(int injuries) {
        return injuries >= 100 ? AccidentGrade.EXTRAORDINARY : injuries >= 50 ? AccidentGrade.MAJOR
                : injuries >= 10 ? AccidentGrade.LARGE : AccidentGrade.GENERAL;
    }

    static AccidentGrade byLoss(BigDecimal yuan) {
        return yuan.compareTo(HUNDRED_MILLION) >= 0 ? AccidentGrade.EXTRAORDINARY
                : yuan.compareTo(FIFTY_MILLION) >= 0 ? AccidentGrade.MAJOR
                : yuan.compareTo(TEN_MILLION) >= 0 ? AccidentGrade.LARGE : AccidentGrade.GENERAL;
    }

    private static AccidentGrade max(AccidentGrade a, AccidentGrade b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static int deathBound(AccidentGrade g) {
        return switch (g) {
            case EXTRAORDINARY -> 30;
            case MAJOR -> 10;
            default -> 3;
        };
    }

    private static int injuryBound(AccidentGrade g) {
        return switch (g) {
            case EXTRAORDINARY -> 100;
            case MAJOR -> 50;
            default -> 10;
        };
    }

    private static String lossBound(AccidentGrade g) {
        return switch (g) {
            case EXTRAORDINARY -> "1亿元";
            case MAJOR -> "5000万元";
            default -> "1000万元";
        };
    }
}
