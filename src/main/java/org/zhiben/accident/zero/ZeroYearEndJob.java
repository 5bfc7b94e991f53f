package org.zhiben.accident.zero;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiben.common.Zones;

/** Daily (one node, under ShedLock): the unit-years of an ended year become 待认定. */
@Component
class ZeroYearEndJob {

    private final ZeroAccidents zero;
    private final Clock clock;

    ZeroYearEndJob(ZeroAccidents zero, Clock clock) {
        this.zero = zero;
        this.clock = clock;
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "accident-zero-year-end", lockAtMostFor = "PT30M")
    void scheduled() {
        zero.endYears(LocalDate.now(clock.withZone(Zones.CHINA)));
    }
}
