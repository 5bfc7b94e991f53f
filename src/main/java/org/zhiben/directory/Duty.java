package org.zhiben.directory;

/**
 * What a registered unit owes the platform because it is a 生产经营单位 (安全生产法; 16号令 applies to 生产经营单位).
 * Schools, hospitals, villages and religious sites still report and rectify hazards and take the checks sent to
 * them, but owe none of these; {@link UnitDuties} says which unit types do.
 */
public enum Duty implements Labelled {
    /** 16号令 第二十条: the quarterly and yearly statistics table, signed by the principal. */
    STATISTICS_SIGNOFF("隐患排查治理统计分析表签字"),
    /** The enterprise's weekly risk pre-judgment (企业安全风险周研判). */
    WEEKLY_PREJUDGMENT("安全风险周研判"),
    /** The 日周月 inspection plans and the principal's 重大事故隐患排查. */
    INSPECTION_PLANS("日周月排查计划和主要负责人重大事故隐患排查");

    private final String label;

    Duty(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
