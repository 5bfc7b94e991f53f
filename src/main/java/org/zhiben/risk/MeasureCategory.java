package org.zhiben.risk;

import java.util.List;

/** Classify1 of a control measure: 工程技术 · 维护保养 · 操作行为 · 应急措施. */
public enum MeasureCategory {
    ENGINEERING, MAINTENANCE, OPERATION, EMERGENCY;

    /** Suggestions for the free-text classify2 (data-exchange practice); any other text is allowed. */
    public static final List<String> SUGGESTED_SUBCATEGORIES = List.of("工艺控制", "关键设备", "安全仪表", "人员资质",
            "交接班", "个体防护", "应急预案");
}
