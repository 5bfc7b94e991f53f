package org.zhiben.inspection;

import org.zhiben.common.Labelled;

/** A task is open until it is done (a record submitted) or its window closes without one (missed). */
public enum TaskStatus implements Labelled {
    OPEN("待排查"), DONE("已完成"), MISSED("已逾期");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
