package org.zhiben.directory;

import java.util.Optional;

/** 安全生产标准化 grade. */
public enum StandardizationGrade implements Labelled {
    GRADE_1("一级"), GRADE_2("二级"), GRADE_3("三级"), NONE("未达标");

    private final String label;

    StandardizationGrade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<StandardizationGrade> fromLabel(String text) {
        return Labelled.fromLabel(StandardizationGrade.class, text);
    }
}
