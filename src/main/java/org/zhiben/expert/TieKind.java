package org.zhiben.expert;

import org.zhiben.common.Labelled;

/** An expert's tie to an enterprise, each a possible conflict of interest. */
public enum TieKind implements Labelled {
    CURRENT_EMPLOYER("现任职单位"), PAST_EMPLOYER("曾任职单位"), SERVED("近期服务过的企业");

    private final String label;

    TieKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
