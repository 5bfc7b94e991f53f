/**
 * Root cause (溯源, seed 000's 五步工作法 述情、析因、追责、明责、治源 over 人、机、环、管) of accidents and major hazards:
 * the analysis of one subject with its causes (factor and category from the data list), the responsible people, the
 * duties and the measures that remove the source; the recurring-cause count by factor, category, sector and region;
 * the 一月一专题 / 一年一难题 an office picks from it. Hazards are read through the hazard module's named interface
 * {@code workflow} (accident depends on hazard, never the reverse). The named interface {@code rootcause} is the
 * service {@link org.zhiben.accident.rootcause.RootCauses} with its commands and views, for the demo data.
 */
@org.springframework.modulith.NamedInterface("rootcause")
package org.zhiben.accident.rootcause;
