package org.zhiben.risk;

/** What a risk analysis object (风险分析对象) is. */
public enum ObjectKind {
    /** 设备设施. */
    EQUIPMENT,
    /** 作业活动. */
    ACTIVITY,
    /** 区域场所. */
    AREA
}
