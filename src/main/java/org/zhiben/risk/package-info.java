/**
 * Risk graded control (安全风险分级管控): the enterprise's risk inventory (analysis objects → units → events →
 * control measures), assessments by LEC, LS, MES or direct judgment, the four-colour map, 两单两卡, GB 18218 major
 * hazard sources and risk pre-judgment.
 * <p>
 * This root package is the module's API for other modules: the inventory service with its commands and views, the
 * shared vocabulary (levels, accident types, check cycles) and the events. Each feature is a slice package
 * ({@code inventory}, {@code assessment}, {@code map}, {@code card}, {@code majorsource}, {@code prejudgment},
 * {@code sheet}) with its services, entities and controllers; {@code internal} holds what slices share. The demo
 * module seeds data through the few slice types marked as named interfaces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.zhiben.risk;
