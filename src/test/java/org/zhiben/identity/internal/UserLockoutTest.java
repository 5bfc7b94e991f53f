package org.zhiben.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserLockoutTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    private static User user() {
        return new User("zhang", "张三", "{bcrypt}hash", false, NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void fourFailuresDoNotLock() {
        User u = user();
        for (int i = 0; i < 4; i++) {
            u.recordFailedLogin(NOW.plusSeconds(i));
        }
        assertThat(u.getFailedAttempts()).isEqualTo(4);
        assertThat(u.getLockedUntil()).isNull();
        assertThat(u.isLocked(NOW.plusSeconds(4))).isFalse();
        assertThat(u.hasFailures()).isTrue();
    }

    @Test
    void fifthFailureLocksForExactlyFifteenMinutes() {
        User u = user();
        for (int i = 0; i < 4; i++) {
            u.recordFailedLogin(NOW.minusSeconds(10 - i));
        }
        u.recordFailedLogin(NOW);
        assertThat(u.getLockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(u.isLocked(NOW)).isTrue();
        assertThat(u.isLocked(NOW.plus(Duration.ofMinutes(14)).plusSeconds(59))).isTrue();
        assertThat(u.isLocked(NOW.plus(Duration.ofMinutes(15)).minusNanos(1))).isTrue();
        assertThat(u.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(u.toCurrentUser(NOW.plusSeconds(60)).isAccountNonLocked()).isFalse();
        assertThat(u.toCurrentUser(NOW.plus(Duration.ofMinutes(15))).isAccountNonLocked()).isTrue();
    }

    @Test
    void afterExpiryANewFailureCountsFromOne() {
        User u = user();
        for (int i = 0; i < 5; i++) {
            u.recordFailedLogin(NOW);
        }
        Instant later = NOW.plus(Duration.ofMinutes(15));
        u.recordFailedLogin(later);
        assertThat(u.getFailedAttempts()).isEqualTo(1);
        assertThat(u.getLockedUntil()).isNull();
        assertThat(u.isLocked(later)).isFalse();
        // and it takes five fresh failures to lock again
        for (int i = 0; i < 3; i++) {
            u.recordFailedLogin(later.plusSeconds(i + 1));
        }
        assertThat(u.getFailedAttempts()).isEqualTo(4);
        assertThat(u.isLocked(later.plusSeconds(4))).isFalse();
        u.recordFailedLogin(later.plusSeconds(5));
        assertThat(u.getLockedUntil()).isEqualTo(later.plusSeconds(5).plus(Duration.ofMinutes(15)));
    }

    @Test
    void clearFailuresResetsCountAndLock() {
        User u = user();
        for (int i = 0; i < 5; i++) {
            u.recordFailedLogin(NOW);
        }
        assertThat(u.hasFailures()).isTrue();
        u.clearFailures();
        assertThat(u.getFailedAttempts()).isZero();
        assertThat(u.getLockedUntil()).isNull();
        assertThat(u.isLocked(NOW)).isFalse();
        assertThat(u.hasFailures()).isFalse();

        u.recordFailedLogin(NOW);
        u.recordFailedLogin(NOW);
        u.clearFailures();
        assertThat(u.getFailedAttempts()).isZero();
    }

    @Test
    void resetPasswordRequiresChangeAndUnlocks() {
        User u = user();
        assertThat(u.isMustChangePassword()).isFalse();
        for (int i = 0; i < 5; i++) {
            u.recordFailedLogin(NOW);
        }
        u.resetPassword("{bcrypt}initial");
        assertThat(u.getPasswordHash()).isEqualTo("{bcrypt}initial");
        assertThat(u.isMustChangePassword()).isTrue();
        assertThat(u.isLocked(NOW)).isFalse();
        assertThat(u.hasFailures()).isFalse();

        u.changePassword("{bcrypt}mine");
        assertThat(u.isMustChangePassword()).isFalse();
        assertThat(u.getPasswordHash()).isEqualTo("{bcrypt}mine");
    }
}
