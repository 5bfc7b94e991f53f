package org.zhiben.enforcement;

import org.zhiben.common.Labelled;
import org.zhiben.directory.StandardizationGrade;

/**
 * 监管类别 of an inspection object, derived from the registry: a high-risk unit is 重点监管; otherwise a 标准化 一级 or
 * 二级 unit is 激励类 (fewer inspections, DOMAIN S19); everybody else 一般监管.
 */
public enum SupervisionCategory implements Labelled {
    KEY("重点监管"), GENERAL("一般监管"), INCENTIVE("激励类(减少检查频次)");

    private final String label;

    SupervisionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SupervisionCategory of(boolean highRisk, StandardizationGrade grade) {
        if (highRisk) {
            return KEY;
        }
        return grade == StandardizationGrade.GRADE_1 || grade == StandardizationGrade.GRADE_2 ? INCENTIVE : GENERAL;
    }
}
