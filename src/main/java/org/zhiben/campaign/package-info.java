/**
 * 安全生产治本攻坚三年行动 (2024–2026): implementation plans as a tree (a town plan under its county's, province's…),
 * their actions and numbered tasks with 责任单位 and 配合单位 from the registry, milestones whose targets are
 * quantities, deliverables or live metrics of the platform ({@link org.zhiben.common.LiveMetrics}), monthly progress
 * reports with evidence, the automatic 未启动 → 推进中 → 滞后 → 已完成 / 退回 states, the shared escalation ladder for
 * lagging tasks, roll-up to the higher plans' tasks, the task ledger and the 晾晒 ranking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "治本攻坚三年行动")
package org.zhiben.campaign;
