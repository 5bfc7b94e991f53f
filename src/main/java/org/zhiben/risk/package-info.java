/**
 * Risk graded control (安全风险分级管控): the enterprise's risk inventory (analysis objects → units → events →
 * control measures), assessments by LEC, LS, MES or direct judgment, the four-colour map, 两单两卡, GB 18218 major
 * hazard sources and risk pre-judgment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.zhiben.risk;
