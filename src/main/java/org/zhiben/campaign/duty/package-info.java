/**
 * Leaders' inspection duties (领导包联, 三三查): who is paired with which enterprise for which task, how often; the checks
 * run as 监管检查 of the inspection engine; compliance per leader and period; the live metric
 * {@code campaign.leader.visit.rate}. Exposed so that the demo can set duties up.
 */
@org.springframework.modulith.NamedInterface("duty")
package org.zhiben.campaign.duty;
