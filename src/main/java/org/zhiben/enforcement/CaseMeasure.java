package org.zhiben.enforcement;

import org.zhiben.common.Labelled;

/** 处罚及处理措施. */
public enum CaseMeasure implements Labelled {
    RECTIFY("限期整改"),
    SUSPEND("停产停业整顿"),
    CLOSE_DOWN("关闭取缔"),
    FINE("罚款"),
    DUAL_FINE("一案双罚(单位及其主要负责人)"),
    JOINT_PUNISHMENT("联合惩戒"),
    TRANSFER("移送(行刑衔接)"),
    LIFETIME_BAN("主要负责人终身行业禁入");

    private final String label;

    CaseMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
