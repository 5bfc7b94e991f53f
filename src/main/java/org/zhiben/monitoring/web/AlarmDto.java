package org.zhiben.monitoring.web;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.monitoring.AlarmLevel;
import org.zhiben.monitoring.AlarmState;
import org.zhiben.monitoring.internal.MonitoringAlarm;

/** An alarm as the API answers it. */
record AlarmDto(UUID id, UUID enterpriseId, UUID pointId, String pointCode, String pointName, boolean majorSource,
        String kind, AlarmLevel level, String levelLabel, AlarmState state, String stateLabel, Double firstValue,
        Double peakValue, Instant raisedAt, Instant clearedAt, String acknowledgedBy, Instant acknowledgedAt,
        String handledBy, Instant handledAt, String measures, String closedBy, Instant closedAt,
        Instant escalatedAt, UUID hazardId, long version) {

    static AlarmDto of(MonitoringAlarm a) {
        return new AlarmDto(a.getId(), a.getEnterpriseId(), a.getPointId(), a.getPointCode(), a.getPointName(),
                a.isMajorSource(), a.getKind(), a.getLevel(), a.getLevel().label(), a.getState(),
                a.getState().label(), a.getFirstValue(), a.getPeakValue(), a.getRaisedAt(), a.getClearedAt(),
                a.getAcknowledgedBy(), a.getAcknowledgedAt(), a.getHandledBy(), a.getHandledAt(), a.getMeasures(),
                a.getClosedBy(), a.getClosedAt(), a.getEscalatedAt(), a.getHazardId(), a.getVersion());
    }
}
