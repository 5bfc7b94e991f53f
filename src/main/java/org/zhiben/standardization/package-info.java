/**
 * 安全生产标准化 grading (seeds 000, 002, 003): 一级/二级/三级 with history — 自评 (scored checklist) → 申请 → 受理 →
 * 评审 (an expert drawn from the pool) → 审核 → 公告 with a certificate valid 3 years (re-grading due 3 months before
 * expiry, configurable), or 撤销 / 过期; incentives as data; a major hazard or an accident during validity flags the
 * grade for review; the registry's grade follows announcements, revocations and expiries; against 资料达标, a
 * plausibility panel from live data beside the grade, and the coverage of 规上 enterprises as a live metric.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standardization")
package org.zhiben.standardization;
