package org.zhiben.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhiben.common.AfterCommit;
import org.zhiben.common.ClockTime;
import org.zhiben.identity.CurrentUser;

/**
 * Resolved API tokens kept for a short while ({@code zhiben.api-token.cache-ttl}, default 10 s), so that an API call
 * does not read the token and its owner from the database every time. Revoking a token, and every change to its
 * owner's account (password, role, scope, enabled, name), evicts on this node once the change commits; another node
 * notices within the lifetime at most. A lookup that started before an eviction does not put its (possibly stale)
 * answer back: the eviction generation it read must still be current.
 */
@Component
public class ApiTokenCache {

    private static final int MAX_ENTRIES = 100_000;

    /** A token that was in force when read, the account it acts as, and when it was last marked used. */
    record Resolved(UUID tokenId, UUID userId, CurrentUser user, Instant expiresAt, Instant lastUsedAt) {

        boolean usableAt(Instant now) {
            return expiresAt == null || expiresAt.isAfter(now);
        }

        Resolved usedAt(Instant at) {
            return new Resolved(tokenId, userId, user, expiresAt, at);
        }
    }

    private final Cache<String, Resolved> byHash;
    private final AtomicLong generation = new AtomicLong();

    ApiTokenCache(Clock clock, @Value("${zhiben.api-token.cache-ttl:10s}") Duration ttl) {
        this.byHash = Caffeine.newBuilder().ticker(new ClockTime(clock)).expireAfterWrite(ttl)
                .maximumSize(MAX_ENTRIES).build();
    }

    /** The cached resolution of the token hash, or the loader's answer, kept unless an eviction came in between. */
    Optional<Resolved> get(String hash, Supplier<Optional<Resolved>> loader) {
        Resolved cached = byHash.getIfPresent(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        long seen = generation.get();
        Optional<Resolved> loaded = loader.get();
        loaded.ifPresent(r -> {
            byHash.put(hash, r);
            if (generation.get() != seen) {
                byHash.invalidate(hash);
            }
        });
        return loaded;
    }

    /** Remembers when the token was last marked used, so the mark is written at most once a minute. */
    void markedUsed(String hash, Resolved resolved, Instant at) {
        byHash.asMap().replace(hash, resolved, resolved.usedAt(at));
    }

    /** Forgets the token once the current transaction commits (at once without one). */
    public void evictToken(UUID tokenId) {
        AfterCommit.run(() -> evict(r -> r.tokenId().equals(tokenId)));
    }

    /** Forgets every token of the user once the current transaction commits (at once without one). */
    public void evictUser(UUID userId) {
        AfterCommit.run(() -> evict(r -> r.userId().equals(userId)));
    }

    private void evict(Predicate<Resolved> which) {
        generation.incrementAndGet();
        byHash.asMap().values().removeIf(which);
    }
}
