package org.zhiben.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** The defaults of zhiben.login.throttle. */
    private static final LoginThrottleSettings DEFAULTS = new LoginThrottleSettings(3, Duration.ofSeconds(1),
            Duration.ofMinutes(15), 30, Duration.ofMinutes(10), 20, Duration.ofHours(1));

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(DEFAULTS, clock);

    @Test
    void threeFailuresAreFreeThenTheWaitDoublesUpToFifteenMinutes() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("zhang", "10.0.0.1");
            assertThat(throttle.waitBefore("zhang", "10.0.0.1")).isZero();
        }
        throttle.failed("zhang", "10.0.0.1");
        assertThat(throttle.waitBefore("zhang", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(999));
        assertThat(throttle.waitBefore("zhang", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1)); // rounded up
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.waitBefore("zhang", "10.0.0.1")).isZero();

        long[] expected = {2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900};
        for (long seconds : expected) {
            throttle.failed("zhang", "10.0.0.1");
            assertThat(throttle.waitBefore("zhang", "10.0.0.1")).isEqualTo(Duration.ofSeconds(seconds));
            clock.advance(Duration.ofSeconds(seconds));
        }
    }

    @Test
    void theOwnerElsewhereIsNotSlowedBySomeoneElsesGuesses() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("li", "203.0.113.9");
        }
        assertThat(throttle.waitBefore("li", "203.0.113.9")).isPositive();
        assertThat(throttle.waitBefore("li", "10.1.1.1")).isZero();
        assertThat(throttle.waitBefore("wang", "203.0.113.9")).isZero();
    }

    @Test
    void aSuccessClearsTheWait() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("zhao", "10.0.0.2");
        }
        throttle.succeeded("zhao", "10.0.0.2");
        assertThat(throttle.waitBefore("zhao", "10.0.0.2")).isZero();
    }

    @Test
    void failuresAreForgottenAfterAnHourOfQuiet() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("qian", "10.0.0.3");
        }
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        throttle.failed("qian", "10.0.0.3");
        assertThat(throttle.waitBefore("qian", "10.0.0.3")).isZero(); // counted from one again
    }

    @Test
    void oneAddressMayFailThirtyTimesInTenMinutesWhateverTheNames() {
        for (int i = 0; i < 29; i++) {
            throttle.failed("name" + i, "198.51.100.7");
        }
        assertThat(throttle.waitBefore("someone", "198.51.100.7")).isZero();
        throttle.failed("name29", "198.51.100.7");
        Duration wait = throttle.waitBefore("someone", "198.51.100.7");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)); // one token per 20 s comes back
        assertThat(throttle.waitBefore("someone", "198.51.100.8")).isZero();
        clock.advance(wait);
        assertThat(throttle.waitBefore("someone", "198.51.100.7")).isZero();
    }

    @Test
    void aBesiegedAccountGivesStrangersNoFreeFailuresButKnownAddressesKeepThem() {
        throttle.succeeded("sun", "10.9.9.9"); // the owner's usual address
        for (int i = 0; i < 20; i++) {
            throttle.failed("sun", "192.0.2." + i);
        }
        throttle.failed("sun", "192.0.2.200");
        assertThat(throttle.waitBefore("sun", "192.0.2.200")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("sun", "10.9.9.9");
        assertThat(throttle.waitBefore("sun", "10.9.9.9")).isZero();
    }

    /** A clock the test moves. */
    static final class TestClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
