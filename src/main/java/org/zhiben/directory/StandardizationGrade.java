package org.zhiben.directory;

import java.util.Arrays;
import java.util.Optional;

/** 安全生产标准化 grade. */
public enum StandardizationGrade {
    GRADE_1("一级"), GRADE_2("二级"), GRADE_3("三级"), NONE("未达标");

    private final String label;

    StandardizationGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<StandardizationGrade> fromLabel(String text) {
        return Arrays.stream(values()).filter(t -> t.label.equals(text) || t.name().equals(text)).findFirst();
    }
}
