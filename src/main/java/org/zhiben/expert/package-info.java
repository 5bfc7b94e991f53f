/**
 * The expert pool (专家库, seeds 000, 001, 003, 004): experts, 企业退休技安人员, 专业技术服务机构 and 执法技术检查员
 * with their specialities by sector and hazard type, qualifications, term, region, ties to enterprises (conflicts of
 * interest) and fee rules; their assignments to enterprises (首次风险辨识, 体检式精查, 会诊, 执法技术支持, 标准化评审,
 * 重大隐患销号评估), drawn at random among the qualified experts without conflicts with {@link
 * org.zhiben.common.SeededDraw} (seed, candidates and exclusions recorded) or chosen with a reason; the expert's report
 * and each expert's record. An expert account sees only the enterprises of its active assignments: modules ask
 * {@link org.zhiben.expert.ExpertAssignments#activeEnterprises} (inspection does).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert")
package org.zhiben.expert;
