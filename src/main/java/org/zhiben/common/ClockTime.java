package org.zhiben.common;

import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;

/**
 * The application's {@link Clock} as the time source of Bucket4j rate limits and Caffeine expiry, so that tests
 * moving the clock move the limits too.
 */
public final class ClockTime implements TimeMeter, Ticker {

    private final Clock clock;

    public ClockTime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long currentTimeNanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }

    @Override
    public long read() {
        return currentTimeNanos();
    }
}
