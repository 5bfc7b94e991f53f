package org.zhiben.risk;

import java.util.Map;

/**
 * A hazard factor code of GB/T 13861-2022 (生产过程危险和有害因素分类与代码): digits only, at most 8, under one of
 * the top categories 1 人的因素 (11, 12), 2 物的因素 (21, 22, 23), 3 环境因素 (31, 32, 33, 39) or 4 管理因素. Only
 * this top structure is checked; the finer levels are taken as given.
 */
public record HazardFactor(String code) {

    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("1", "人的因素"), Map.entry("11", "心理、生理性危险和有害因素"), Map.entry("12", "行为性危险和有害因素"),
            Map.entry("2", "物的因素"), Map.entry("21", "物理性危险和有害因素"), Map.entry("22", "化学性危险和有害因素"),
            Map.entry("23", "生物性危险和有害因素"),
            Map.entry("3", "环境因素"), Map.entry("31", "室内作业场所环境不良"), Map.entry("32", "室外作业场地环境不良"),
            Map.entry("33", "地下(含水下)作业环境不良"), Map.entry("39", "其他作业环境不良"),
            Map.entry("4", "管理因素"));

    public HazardFactor {
        String problem = problem(code);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why the text is not an acceptable code, in Chinese, or null. */
    public static String problem(String code) {
        if (code == null || code.isBlank()) {
            return "请填写危险和有害因素代码(GB/T 13861)";
        }
        if (code.length() > 8 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "危险和有害因素代码应为1–8位数字(GB/T 13861)";
        }
        if (!CATEGORIES.containsKey(code.substring(0, 1))) {
            return "危险和有害因素代码首位应为1 人的因素、2 物的因素、3 环境因素或4 管理因素";
        }
        if (code.length() >= 2 && code.charAt(0) != '4' && !CATEGORIES.containsKey(code.substring(0, 2))) {
            return "危险和有害因素代码“" + code + "”的前两位不是GB/T 13861的类别(11、12、21、22、23、31、32、33、39、4x)";
        }
        return null;
    }

    /** The top categories a code lies in, e.g. 物的因素 › 物理性危险和有害因素 for 2101. */
    public String categoryLabel() {
        String top = CATEGORIES.get(code.substring(0, 1));
        String second = code.length() >= 2 ? CATEGORIES.get(code.substring(0, 2)) : null;
        return second == null ? top : top + " › " + second;
    }

    /** The categories to offer in forms: code → name. */
    public static Map<String, String> categories() {
        return new java.util.TreeMap<>(CATEGORIES);
    }

    @Override
    public String toString() {
        return code;
    }
}
