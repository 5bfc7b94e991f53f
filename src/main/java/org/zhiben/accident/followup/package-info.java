/**
 * What an accident sets in motion (issue 14 item 5): the preventive measures (防范措施) of the investigation report,
 * each a hazard of source 事故类比 at the accident's enterprise tracked to closure; the class-analogy checks (类比排查)
 * an official confirms for the peer enterprises of the same sector in their scope; the 黑名单 (不良记录) entry proposed
 * for the accidents seed 004 names, confirmed (with 联合惩戒 and an end date) or declined by an official, and the
 * lifetime-ban proposal ({@link org.zhiben.accident.LifetimeBanProposed}) for 重大 and 特别重大 accidents.
 */
package org.zhiben.accident.followup;
