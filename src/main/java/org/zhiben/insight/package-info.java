/**
 * Oversight statistics (统计): the metrics of docs/metrics.md over summaries kept from the hazard, risk, directory and
 * inspection events, the government and enterprise dashboards with drill-down and the 晾晒通报 ranking, their
 * exports, the statistics API, and the rebuild and consistency check of the summaries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package org.zhiben.insight;
