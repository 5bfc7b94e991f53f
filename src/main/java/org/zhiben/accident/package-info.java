/**
 * Accidents (生产安全事故报告和调查处理条例, 国务院令第493号): the accident record (enterprise or non-enterprise unit,
 * times, GB 6441 category, casualties and loss, 瞒报/谎报/迟报/漏报 flags), its grade recomputed on every supplementary
 * report, the reporting clock (enterprise → county within 1 hour, each level up within 2 hours as far as the grade
 * requires, supplementary reports within 30 or 7 days) and the investigation with its deadlines, from 已报告 to 结案.
 * Other modules use {@link org.zhiben.accident.Accidents} and listen to {@link org.zhiben.accident.AccidentReported}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accident")
package org.zhiben.accident;
