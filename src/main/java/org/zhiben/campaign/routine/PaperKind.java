package org.zhiben.campaign.routine;

import org.zhiben.common.Labelled;

/** The office's papers: the yearly summary (due 12-01) and the campaign's evaluation report. */
public enum PaperKind implements Labelled {
    SUMMARY("年度工作总结"),
    EVALUATION("评估报告");

    private final String label;

    PaperKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
