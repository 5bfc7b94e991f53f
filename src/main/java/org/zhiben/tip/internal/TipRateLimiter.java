package org.zhiben.tip.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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

    private final Clock clock;
    private final int submitCapacity;
    private final Duration submitPeriod;
    private final int checkCapacity;
    private final Duration checkPeriod;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TipRateLimiter(Clock clock, @Value("${zhiben.tip.rate.submit-capacity:5}") int submitCapacity,
            @Value("${zhiben.tip.rate.submit-period:PT1H}") Duration submitPeriod,
            @Value("${zhiben.tip.rate.check-capacity:30}") int checkCapacity,
            @Value("${zhiben.tip.rate.check-period:PT10M}") Duration checkPeriod) {
        this.clock = clock;
        this.submitCapacity = submitCapacity;
        this.submitPeriod = submitPeriod;
        this.checkCapacity = checkCapacity;
        this.checkPeriod = checkPeriod;
    }

    /** Takes a token for {@code client}; false when the bucket is empty (the request is refused, nothing done). */
    public boolean tryTake(Kind kind, String client) {
        long now = clock.millis();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.full(now));
        }
        int capacity = kind == Kind.SUBMIT ? submitCapacity : checkCapacity;
        double perMilli = capacity / (double) (kind == Kind.SUBMIT ? submitPeriod : checkPeriod).toMillis();
        return buckets.computeIfAbsent(kind + "|" + client, k -> new Bucket(capacity, perMilli, now)).take(now);
    }

    /** Minutes until the next token, for the message. */
    public long minutesToWait(Kind kind) {
        Duration period = kind == Kind.SUBMIT ? submitPeriod : checkPeriod;
        int capacity = kind == Kind.SUBMIT ? submitCapacity : checkCapacity;
        return Math.max(1, period.toMinutes() / Math.max(1, capacity));
    }

    private static final class Bucket {
        private final int capacity;
        private final double perMilli;
        private double tokens;
        private long at;

        Bucket(int capacity, double perMilli, long now) {
            this.capacity = capacity;
            this.perMilli = perMilli;
            this.tokens = capacity;
            this.at = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > at) {
                tokens = Math.min(capacity, tokens + (now - at) * perMilli);
                at = now;
            }
        }
    }
}
