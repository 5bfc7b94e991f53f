package org.zhiben.enforcement;

import org.zhiben.common.Labelled;

/** 现场处理措施 (安全生产法 第65条). */
public enum OnSiteMeasure implements Labelled {
    RECTIFY("责令限期整改"),
    REMOVE_NOW("责令立即排除"),
    EVACUATE("责令从危险区域撤出作业人员"),
    STOP_USE("责令暂时停产停业或停止使用相关设施设备"),
    SEAL("查封、扣押");

    private final String label;

    OnSiteMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
