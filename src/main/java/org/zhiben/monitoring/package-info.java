/**
 * Monitoring and early warning (安全风险监测预警, seed 003): monitoring points on risk analysis units (major hazard
 * sources or not) with range, four thresholds and a dead band; readings ingested over an HTTP batch API and MQTT,
 * stored by month with minute and hour roll-ups; alarms 报警 → 确认 → 处置 → 关闭 for threshold excursions and silent
 * points, notified to the enterprise (and, for 高高报 at a major hazard source, to the officials in scope) and
 * escalated to a proposed hazard (管控措施失效) when left unhandled; coverage of the enterprises that must be
 * monitored, as a live metric. Other modules use {@link org.zhiben.monitoring.MonitoringPoints},
 * {@link org.zhiben.monitoring.Readings} and {@link org.zhiben.monitoring.MonitoringAlarms}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package org.zhiben.monitoring;
