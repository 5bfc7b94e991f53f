package org.zhiben.risk.prejudgment;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.zhiben.common.SectorSet;
import org.zhiben.common.Zones;
import org.zhiben.risk.RiskLevel;

/**
 * A monitoring alarm left unhandled, to be raised as a risk early warning at {@code level} (graded by the monitoring
 * module's rules): the enterprise and its region and sectors, the subject (enterprise and point) and the cause.
 */
@NamedInterface("prejudgment")
public record AlarmWarning(UUID alarmId, UUID enterpriseId, String regionCode, SectorSet sectors,
        @Size(max = 200) String subjectName, @Size(max = 500) String cause, RiskLevel level, Instant alarmRaisedAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** The warning's period: the day the alarm was raised, in China time. */
    static String period(Instant alarmRaisedAt) {
        return DAY.format(alarmRaisedAt.atZone(Zones.CHINA));
    }
}
