package org.zhiben.monitoring;

import java.time.Instant;
import java.util.UUID;

/** An alarm opened (or its level rose), published in the ingesting transaction for listeners after commit. */
public record AlarmRaised(UUID alarmId, UUID pointId, UUID enterpriseId, String regionCode, AlarmLevel level,
        boolean majorSource, Instant at) {
}
