package org.zhiben.risk.internal;

import static org.zhiben.risk.AssessmentMethod.LEC;
import static org.zhiben.risk.AssessmentMethod.LS;
import static org.zhiben.risk.AssessmentMethod.MES;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.internal.GradingTable.Band;
import org.zhiben.risk.internal.GradingTable.FactorValue;

/** The DOMAIN.md §3 defaults as an in-memory grading table, for unit tests that need no database. */
public final class TestGrading {

    private TestGrading() {
    }

    public static GradingTable defaults() {
        List<FactorValue> values = new ArrayList<>();
        factor(values, LEC, "l", "10 完全可以预料", "6 相当可能", "3 可能,但不经常", "1 可能性小,完全意外",
                "0.5 很不可能,可以设想", "0.2 极不可能", "0.1 实际不可能");
        String[] exposure = {"10 连续暴露", "6 每天工作时间内暴露", "3 每周一次或偶然暴露", "2 每月一次", "1 每年几次",
            "0.5 非常罕见"};
        factor(values, LEC, "e", exposure);
        factor(values, LEC, "c", "100 大灾难,许多人死亡", "40 灾难,数人死亡", "15 非常严重,一人死亡", "7 严重,重伤",
                "3 重大,致残", "1 引人注目,需要救护");
        factor(values, LS, "l", "5 频繁发生", "4 很可能发生", "3 可能发生", "2 较不可能发生", "1 基本不可能发生");
        factor(values, LS, "s", "5 多人死亡", "4 一人死亡或多人重伤", "3 重伤", "2 轻伤", "1 无伤亡");
        factor(values, MES, "m", "5 无控制措施", "3 有减轻后果的应急措施", "1 有预防措施");
        factor(values, MES, "e", exposure);
        factor(values, MES, "s", "10 多人死亡", "8 一人死亡", "4 永久失能", "2 需医院治疗", "1 轻微");

        // LEC: D > 320 · 160 < D ≤ 320 · 70 < D ≤ 160 · 20 < D ≤ 70 · D ≤ 20 (the last two both 低/蓝)
        List<Band> bands = new ArrayList<>(List.of(
                new Band(LEC, new BigDecimal("320"), false, RiskLevel.MAJOR, "极其危险"),
                new Band(LEC, new BigDecimal("160"), false, RiskLevel.LARGE, "高度危险"),
                new Band(LEC, new BigDecimal("70"), false, RiskLevel.GENERAL, "显著危险"),
                new Band(LEC, new BigDecimal("20"), false, RiskLevel.LOW, "一般危险"),
                new Band(LEC, null, false, RiskLevel.LOW, "稍有危险"),
                // LS: 20–25 · 15–16 · 9–12 · 1–8 (products in between cannot occur)
                new Band(LS, new BigDecimal("20"), true, RiskLevel.MAJOR, "重大风险"),
                new Band(LS, new BigDecimal("15"), true, RiskLevel.LARGE, "较大风险"),
                new Band(LS, new BigDecimal("9"), true, RiskLevel.GENERAL, "一般风险"),
                new Band(LS, null, false, RiskLevel.LOW, "低风险"),
                // MES: R > 180 · 90 < R ≤ 180 · 48 < R ≤ 90 · R ≤ 48
                new Band(MES, new BigDecimal("180"), false, RiskLevel.MAJOR, "重大风险"),
                new Band(MES, new BigDecimal("90"), false, RiskLevel.LARGE, "较大风险"),
                new Band(MES, new BigDecimal("48"), false, RiskLevel.GENERAL, "一般风险"),
                new Band(MES, null, false, RiskLevel.LOW, "低风险")));
        return new GradingTable(values, bands);
    }

    /** Each entry is "value meaning". */
    private static void factor(List<FactorValue> values, AssessmentMethod method, String factor, String... entries) {
        for (String entry : entries) {
            int space = entry.indexOf(' ');
            values.add(new FactorValue(method, factor, new BigDecimal(entry.substring(0, space)),
                    entry.substring(space + 1)));
        }
    }
}
