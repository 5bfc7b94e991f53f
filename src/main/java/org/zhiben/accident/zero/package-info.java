/**
 * 零事故 creation (seed 004, 朔安办发〔2020〕16号): a campaign per issuing government with its statistical base date,
 * yearly targets per group ({@link org.zhiben.accident.zero.UnitGroup}), the definition of zero
 * ({@link org.zhiben.accident.zero.ZeroDefinition}) and the reporting calendar; the roster of 创建单位 (registry units
 * of the eleven unit types and the villages and communities of the region tree, each once) with one unit-year per
 * campaign year (创建中 → 待认定 → 已认定 / 未通过, vetoed automatically by an accident of the year); 附表1 computed
 * live in SQL for any date, exported to xlsx and docx; 附表2 contacts and signed submissions to the city office.
 * The named interface {@code zero} is the service {@link org.zhiben.accident.zero.ZeroAccidents} with its commands
 * and views (the entities stay package-private), so the demo data goes through the same rules.
 */
@org.springframework.modulith.NamedInterface("zero")
package org.zhiben.accident.zero;
