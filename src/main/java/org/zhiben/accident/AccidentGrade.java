package org.zhiben.accident;

import org.zhiben.common.Labelled;

/**
 * The four grades of 493号令 第三条, with the level that investigates (第十九条) and the highest level a report travels
 * to (第十条): 一般 to the city, 较大 to the province, 重大 and 特别重大 to the ministry (国务院安全生产监督管理部门).
 */
public enum AccidentGrade implements Labelled {
    GENERAL("一般事故", ReportLevel.CITY, ReportLevel.COUNTY),
    LARGE("较大事故", ReportLevel.PROVINCE, ReportLevel.CITY),
    MAJOR("重大事故", ReportLevel.MINISTRY, ReportLevel.PROVINCE),
    EXTRAORDINARY("特别重大事故", ReportLevel.MINISTRY, ReportLevel.STATE_COUNCIL);

    private final String label;
    private final ReportLevel reportsUpTo;
    private final ReportLevel investigatedBy;

    AccidentGrade(String label, ReportLevel reportsUpTo, ReportLevel investigatedBy) {
        this.label = label;
        this.reportsUpTo = reportsUpTo;
        this.investigatedBy = investigatedBy;
    }

    public String label() {
        return label;
    }

    /** The highest level the report must reach. */
    public ReportLevel reportsUpTo() {
        return reportsUpTo;
    }

    /** The level whose government investigates (or entrusts the investigation). */
    public ReportLevel investigatedBy() {
        return investigatedBy;
    }
}
