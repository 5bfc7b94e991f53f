/**
 * Enforcement (安全生产执法): the officer directory (执法人员名录库, 执法证 and validity), the object directory over the
 * registry (检查对象名录库), the random-check item list (随机抽查事项清单), 双随机 draws (seed and candidate snapshots,
 * exclusions with reasons, immutable, published without login), inspections in their modes (四不两直, 明查, 暗访, 交叉,
 * 异地交叉, 联合, 双随机, 远程, 主要负责人履职专项) whose findings become hazards (source 监管执法检查), administrative
 * cases from 立案 to 结案 with their measures and fines, the lifetime-ban register, the 执法文书 numbered per office
 * and year without gaps, and the statistics. Other modules read a case's decided fine through {@link
 * org.zhiben.enforcement.Cases#decidedFine}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement")
package org.zhiben.enforcement;
