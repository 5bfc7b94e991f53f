package org.zhiben.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignInTokensTest {

    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final Instant T0 = Instant.parse("2026-12-06T06:00:00Z");

    private static SignInTokens at(Instant now, String key) {
        return new SignInTokens(Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(2), key);
    }

    @Test
    void aTokenIsValidForTwoHoursToTheSecondThenRefused() {
        UUID session = UUID.randomUUID();
        SignInTokens.Token t = at(T0, KEY).issue(session);
        assertThat(t.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(at(T0, KEY).verify(t.value())).contains(session);
        assertThat(at(T0.plusSeconds(7200), KEY).verify(t.value())).contains(session);
        assertThat(at(T0.plusSeconds(7201), KEY).verify(t.value())).isEmpty();
    }

    @Test
    void forgedOrAlteredTokensAreRefused() {
        UUID session = UUID.randomUUID();
        String t = at(T0, KEY).issue(session).value();
        String[] p = t.split("\\.");
        // another session with the same signature
        assertThat(at(T0, KEY).verify(UUID.randomUUID() + "." + p[1] + "." + p[2])).isEmpty();
        // a later expiry with the same signature
        assertThat(at(T0, KEY).verify(p[0] + "." + (Long.parseLong(p[1]) + 86400) + "." + p[2])).isEmpty();
        // signed with another key
        String other = at(T0, "ff" + KEY.substring(2)).issue(session).value();
        assertThat(at(T0, KEY).verify(other)).isEmpty();
        // malformed
        assertThat(at(T0, KEY).verify(null)).isEmpty();
        assertThat(at(T0, KEY).verify("")).isEmpty();
        assertThat(at(T0, KEY).verify("a.b.c")).isEmpty();
        assertThat(at(T0, KEY).verify(p[0] + "." + p[1])).isEmpty();
        assertThat(at(T0, KEY).verify("x".repeat(201))).isEmpty();
    }
}
