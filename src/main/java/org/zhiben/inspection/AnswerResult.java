package org.zhiben.inspection;

import org.zhiben.common.Labelled;

/** The answer to one checklist item: 正常, 发现隐患, 不适用. */
public enum AnswerResult implements Labelled {
    OK("正常"), HAZARD("发现隐患"), NOT_APPLICABLE("不适用");

    private final String label;

    AnswerResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
