/**
 * Tips (举报): the public page and API (no login: a tracking code, rate limits and an offline challenge), tips taken
 * by phone (12350), letter and visit, and enterprise-internal whistleblowing (内部吹哨人); the real-name reporter's
 * identity and contact encrypted with SM4 and revealed only to the assigned handler, audited; handling from 收到 to
 * 结案 with time limits and reminders; the reward (安全生产领域举报奖励办法) computed, proposed, approved and paid; the
 * enterprises' internal reward ledger. Other modules use {@link org.zhiben.tip.Tips} and implement
 * {@link org.zhiben.tip.CasePenalties}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tip")
package org.zhiben.tip;
