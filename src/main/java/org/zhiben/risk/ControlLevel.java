package org.zhiben.risk;

/** Which level of the enterprise controls an analysis unit (分级管控): 公司 · 车间 · 班组 · 岗位. */
public enum ControlLevel {
    COMPANY, WORKSHOP, TEAM, POST
}
