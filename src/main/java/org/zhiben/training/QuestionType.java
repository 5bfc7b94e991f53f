package org.zhiben.training;

import org.zhiben.common.Labelled;

/** 单选, 多选, 判断. */
public enum QuestionType implements Labelled {
    SINGLE("单选"),
    MULTIPLE("多选"),
    JUDGE("判断");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static QuestionType parse(String text) {
        if (text == null) {
            return null;
        }
        for (QuestionType t : values()) {
            if (t.label.equals(text.strip()) || t.name().equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        return null;
    }
}
