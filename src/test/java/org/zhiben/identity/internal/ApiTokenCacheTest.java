package org.zhiben.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;

/** The short-lived cache of resolved API tokens: its lifetime, eviction, and a lookup racing an eviction. */
class ApiTokenCacheTest {

    private final LoginThrottleTest.TestClock clock = new LoginThrottleTest.TestClock();
    private final ApiTokenCache cache = new ApiTokenCache(clock, Duration.ofSeconds(10));
    private final AtomicInteger reads = new AtomicInteger();
    private final UUID userId = UUID.randomUUID();
    private final UUID tokenId = UUID.randomUUID();

    private Optional<ApiTokenCache.Resolved> read() {
        reads.incrementAndGet();
        CurrentUser user = new CurrentUser(userId, "it.cache", "缓存测试", Role.OFFICIAL, "990101000000", null, null,
                true, false, false, "{noop}x");
        return Optional.of(new ApiTokenCache.Resolved(tokenId, userId, user, null, null));
    }

    @Test
    void aTokenIsReadOnceWithinItsLifetimeAndAgainAfterIt() {
        assertThat(cache.get("h1", this::read)).isPresent();
        clock.advance(Duration.ofMillis(9_999));
        assertThat(cache.get("h1", this::read)).isPresent();
        assertThat(reads).hasValue(1);
        clock.advance(Duration.ofMillis(1));
        cache.get("h1", this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void evictingTheTokenOrItsOwnerForcesAFreshRead() {
        cache.get("h1", this::read);
        cache.evictToken(UUID.randomUUID());
        cache.get("h1", this::read);
        assertThat(reads).as("another token's eviction keeps this one").hasValue(1);
        cache.evictToken(tokenId);
        cache.get("h1", this::read);
        assertThat(reads).hasValue(2);
        cache.evictUser(userId);
        cache.get("h1", this::read);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aLookupThatAnEvictionOvertookIsNotKept() {
        cache.get("h1", () -> {
            Optional<ApiTokenCache.Resolved> before = read();
            cache.evictUser(userId); // the revocation commits while the old row is in hand
            return before;
        });
        cache.get("h1", this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void anUnknownOrUnusableTokenIsNotCached() {
        cache.get("h2", Optional::empty);
        assertThat(cache.get("h2", this::read)).isPresent();
        assertThat(reads).hasValue(1);
    }

    @Test
    void theLastUseMarkIsRememberedSoItIsWrittenAtMostOnceAMinute() {
        ApiTokenCache.Resolved first = cache.get("h1", this::read).orElseThrow();
        Instant at = clock.instant();
        cache.markedUsed("h1", first, at);
        assertThat(cache.get("h1", this::read).orElseThrow().lastUsedAt()).isEqualTo(at);
    }
}
