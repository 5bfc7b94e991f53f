package org.zhiben.accident;

import org.zhiben.common.Labelled;

/** The investigation's transitions, each by an official in scope (or an administrator). */
public enum AccidentAction implements Labelled {
    START_INVESTIGATION("开始调查"),
    EXTEND_INVESTIGATION("延长调查期限"),
    SUBMIT_REPORT("提交调查报告"),
    EXTEND_REPLY("延长批复期限"),
    REPLY("批复"),
    START_RECTIFICATION("开始整改"),
    CLOSE("结案"),
    VOID("作废");

    private final String label;

    AccidentAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
