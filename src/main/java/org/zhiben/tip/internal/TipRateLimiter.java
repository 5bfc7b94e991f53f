package org.zhiben.tip.internal;

import java.time.Clock;
import java.time.Duration;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhiben.common.ClockTime;

/**
 * Token buckets per client address for the public tip endpoints, kept in memory on each node: submissions
 * ({@code zhiben.tip.rate.submit-capacity}, default 5, refilled evenly over {@code submit-period}, default PT1H) and
 * look-ups by tracking code ({@code check-capacity} 30 over {@code check-period} PT10M). Behind a reverse proxy set
 * {@code server.forward-headers-strategy} so the client's address, not the proxy's, is seen. With several nodes each
 * keeps its own buckets (a client may get up to n times the rate); a shared limit needs a shared store.
 */
@Component
public class TipRateLimiter {

    /** The two kinds of public request. */
    public enum Kind { SUBMIT, CHECK }

    private static final int MAX_CLIENTS = 100_000;

    private final ClockTime time;
    private final int submitCapacity;
    private final Duration submitPeriod;
    private final int checkCapacity;
    private final Duration checkPeriod;
    /** A bucket untouched for a whole period is full again, so forgetting it then changes nothing. */
    private final Cache<String, Bucket> buckets;

    TipRateLimiter(Clock clock, @Value("${zhiben.tip.rate.submit-capacity:5}") int submitCapacity,
            @Value("${zhiben.tip.rate.submit-period:PT1H}") Duration submitPeriod,
            @Value("${zhiben.tip.rate.check-capacity:30}") int checkCapacity,
            @Value("${zhiben.tip.rate.check-period:PT10M}") Duration checkPeriod) {
        this.time = new ClockTime(clock);
        this.submitCapacity = submitCapacity;
        this.submitPeriod = submitPeriod;
        this.checkCapacity = checkCapacity;
        this.checkPeriod = checkPeriod;
        Duration longest = submitPeriod.compareTo(checkPeriod) > 0 ? submitPeriod : checkPeriod;
        this.buckets = Caffeine.newBuilder().ticker(time).expireAfterAccess(longest).maximumSize(MAX_CLIENTS).build();
    }

    /** Takes a token for {@code client}; false when the bucket is empty (the request is refused, nothing done). */
    public boolean tryTake(Kind kind, String client) {
        int capacity = kind == Kind.SUBMIT ? submitCapacity : checkCapacity;
        Duration period = kind == Kind.SUBMIT ? submitPeriod : checkPeriod;
        return buckets.get(kind + "|" + client, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .withCustomTimePrecision(time).build()).tryConsume(1);
    }

    /** Minutes until the next token, for the message. */
    public long minutesToWait(Kind kind) {
        Duration period = kind == Kind.SUBMIT ? submitPeriod : checkPeriod;
        int capacity = kind == Kind.SUBMIT ? submitCapacity : checkCapacity;
        return Math.max(1, period.toMinutes() / Math.max(1, capacity));
    }
}
