package sa.silah.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffUserTest {

    final Instant now = Instant.parse("2026-11-26T08:00:00Z");

    StaffUser user() {
        return new StaffUser("officer", "نورة", null, null, Set.of(Role.OFFICER), "$2a$10$hash");
    }

    @Test
    void fourWrongPasswordsDoNotLock() {
        StaffUser user = user();
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(now);
        }
        assertThat(user.isLockedAt(now)).isFalse();
        assertThat(user.getFailedLogins()).isEqualTo(4);
    }

    @Test
    void theFifthWrongPasswordLocksForFifteenMinutes() {
        StaffUser user = user();
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(now);
        }
        assertThat(user.isLockedAt(now.plusSeconds(14 * 60 + 59))).isTrue();
        assertThat(user.isLockedAt(now.plusSeconds(15 * 60))).isFalse();
    }

    @Test
    void aNewPasswordUnlocks() {
        StaffUser user = user();
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(now);
        }
        user.changePassword("$2a$10$other");
        assertThat(user.isLockedAt(now)).isFalse();
        assertThat(user.getFailedLogins()).isZero();
    }

    @Test
    void randomPasswordsAreLongAndDifferent() {
        assertThat(StaffManagement.randomPassword()).hasSize(16).isNotEqualTo(StaffManagement.randomPassword());
    }
}
