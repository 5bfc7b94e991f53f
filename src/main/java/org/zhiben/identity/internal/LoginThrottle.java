package org.zhiben.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhiben.common.ClockTime;

/**
 * Slows password guessing without a lock anyone could trigger against someone else: failures of one user name from
 * one address make further attempts from there wait (1 s, 2 s, 4 s… up to 15 minutes) while the owner elsewhere
 * signs in as usual; failures from one address, whatever the name, are a token bucket, so a flood costs at most a
 * few password hashes; and once a name has many failures, addresses that never signed in to it wait from their
 * first failure. The state is keyed by the name as typed — an unknown name is answered exactly like a known one.
 * API tokens are never throttled. State is per node and in memory (bounded, expiring): a restart forgets it.
 */
@Component
class LoginThrottle {

    private static final int MAX_ENTRIES = 200_000;
    private static final int KNOWN_ADDRESSES = 20;

    private final LoginThrottleSettings settings;
    private final ClockTime time;
    private final Cache<String, Attempts> pairs;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Account> accounts;

    LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.time = new ClockTime(clock);
        this.pairs = Caffeine.newBuilder().ticker(time).expireAfterAccess(settings.memory().plus(settings.maxDelay()))
                .maximumSize(MAX_ENTRIES).build();
        this.addresses = Caffeine.newBuilder().ticker(time).expireAfterAccess(settings.addressPeriod())
                .maximumSize(MAX_ENTRIES).build();
        // known addresses must outlive a quiet month, failures only the memory: kept together, expiring late
        this.accounts = Caffeine.newBuilder().ticker(time).expireAfterAccess(Duration.ofDays(30))
                .maximumSize(MAX_ENTRIES).build();
    }

    /** How long the caller must wait before its credentials are checked: zero when they may be checked now. */
    Duration waitBefore(String username, String address) {
        long now = nanos();
        Bucket bucket = addresses.getIfPresent(address);
        long addressWait = bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        Attempts pair = pairs.getIfPresent(key(username, address));
        long pairWait = pair == null ? 0 : pair.waitNanos(now, freeFailures(username, address));
        long wait = Math.max(addressWait, pairWait);
        return wait <= 0 ? Duration.ZERO : Duration.ofSeconds((wait + 999_999_999L) / 1_000_000_000L);
    }

    void failed(String username, String address) {
        long now = nanos();
        pairs.asMap().compute(key(username, address), (k, a) -> (a == null || a.forgotten(now) ? new Attempts() : a)
                .fail(now));
        addresses.get(address, a -> newBucket()).tryConsume(1);
        accounts.asMap().compute(name(username), (k, a) -> (a == null ? new Account() : a).fail(now));
    }

    void succeeded(String username, String address) {
        pairs.invalidate(key(username, address));
        accounts.asMap().compute(name(username), (k, a) -> (a == null ? new Account() : a).succeed(address));
    }

    private int freeFailures(String username, String address) {
        Account account = accounts.getIfPresent(name(username));
        boolean besieged = account != null && account.failures(nanos()) >= settings.accountFailures();
        return besieged && !account.knows(address) ? 0 : settings.freeFailures();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.addressFailures())
                        .refillGreedy(settings.addressFailures(), settings.addressPeriod()).build())
                .withCustomTimePrecision(time)
                .build();
    }

    private long nanos() {
        return time.currentTimeNanos();
    }

    private static String name(String username) {
        return username == null ? "" : username;
    }

    private static String key(String username, String address) {
        return name(username) + '\n' + address;
    }

    /** Failures of one name from one address. */
    private final class Attempts {

        private int failures;
        private long last;

        synchronized Attempts fail(long now) {
            failures++;
            last = now;
            return this;
        }

        synchronized boolean forgotten(long now) {
            return now - last > settings.memory().toNanos();
        }

        synchronized long waitNanos(long now, int free) {
            if (forgotten(now) || failures < free || failures == 0) {
                return 0;
            }
            int doublings = Math.min(failures - Math.max(free, 1), 30);
            long delay = Math.min(settings.firstDelay().toNanos() << doublings, settings.maxDelay().toNanos());
            return Math.max(0, last + delay - now);
        }
    }

    /** Failures of one name from anywhere, and the addresses it signed in from. */
    private final class Account {

        private int failures;
        private long last;
        private final Set<String> known = new LinkedHashSet<>();

        synchronized Account fail(long now) {
            failures = failures(now) + 1;
            last = now;
            return this;
        }

        synchronized int failures(long now) {
            return now - last > settings.memory().toNanos() ? 0 : failures;
        }

        synchronized boolean knows(String address) {
            return known.contains(address);
        }

        synchronized Account succeed(String address) {
            failures = 0;
            known.remove(address);
            known.add(address);
            if (known.size() > KNOWN_ADDRESSES) {
                known.remove(known.iterator().next());
            }
            return this;
        }
    }
}
