/**
 * Hazard investigation (隐患排查): the checklist library (一行业一清单, 重大事故隐患判定标准 as data), schedules from risk
 * control measures and from plans (日周月), the tasks generated from them, phone execution with records whose findings
 * become hazards, missed tasks and completion rates, 监管检查 and 体检式精查 by officials and experts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection")
package org.zhiben.inspection;
