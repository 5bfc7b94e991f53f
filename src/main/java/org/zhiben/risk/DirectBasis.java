package org.zhiben.risk;

/** Why a direct judgment (直接判定) makes an event 重大 without scoring. */
public enum DirectBasis {
    /** The event's analysis object is a major hazard source (重大危险源). */
    MAJOR_HAZARD_SOURCE,
    /** The situation matches an item of a 重大事故隐患判定标准, quoted in the assessment. */
    MAJOR_ACCIDENT_HAZARD_CRITERION
}
