/**
 * Hazard governance (事故隐患排查治理): the hazard ledger and its closed-loop workflow, major-hazard reports and
 * 治理方案, supervision orders (挂牌督办), 三签字 closure, reminders and escalation, the major-hazard database and the
 * 16号令 statistics. Other modules create hazards through {@link org.zhiben.hazard.HazardReporting}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hazard")
package org.zhiben.hazard;
