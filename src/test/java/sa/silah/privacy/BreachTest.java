package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import sa.silah.audit.FieldChange;
import sa.silah.shared.InvalidFieldsException;

/** The 72-hour clock of a breach and the rules of its status. */
class BreachTest {

    static final Instant DISCOVERED = Instant.parse("2026-11-01T09:00:00Z");

    static Breach breach(String containmentActions) {
        return new Breach(2026, 1, new BreachDetails(DISCOVERED, null, "ملف أُرسل خطأً",
                EnumSet.of(DataCategory.CONTACT), 12, BreachRiskLevel.HIGH, containmentActions), "admin",
                DISCOVERED.plusSeconds(600));
    }

    static Instant afterDiscovery(long hours) {
        return DISCOVERED.plus(Duration.ofHours(hours));
    }

    @Test
    void theDeadlineIs72HoursAfterDiscovery() {
        assertThat(breach(null).notificationDeadline()).isEqualTo(Instant.parse("2026-11-04T09:00:00Z"));
        assertThat(breach(null).getReference()).isEqualTo("BR-2026-0001");
    }

    @Test
    void beforeTheDeadlineTheClockRunsWithTheTimeLeft() {
        BreachClock clock = breach(null).clock(afterDiscovery(30).plusSeconds(15 * 60));

        assertThat(clock.state()).isEqualTo(BreachClock.State.RUNNING);
        assertThat(clock.isOverdue()).isFalse();
        assertThat(clock.hours()).isEqualTo(41);
        assertThat(clock.minutes()).isEqualTo(45);
    }

    @Test
    void atTheDeadlineItIsNotYetOverdue() {
        assertThat(breach(null).clock(afterDiscovery(72)).state()).isEqualTo(BreachClock.State.RUNNING);
    }

    @Test
    void afterTheDeadlineWithoutNotificationItIsOverdueBySoMuch() {
        BreachClock clock = breach(null).clock(afterDiscovery(75));

        assertThat(clock.isOverdue()).isTrue();
        assertThat(clock.hours()).isEqualTo(3);
        assertThat(clock.isNotifiedInTime()).isFalse();
    }

    @Test
    void aNotificationWithinThe72HoursIsInTimeWhateverTheTimeNow() {
        Breach breach = breach(null);
        breach.recordNotification(new BreachNotification(afterDiscovery(70), "SDAIA-1", null, null), "admin",
                afterDiscovery(71));

        BreachClock later = breach.clock(afterDiscovery(500));
        assertThat(later.isNotifiedInTime()).isTrue();
        assertThat(later.isOverdue()).isFalse();
        assertThat(later.hours()).isEqualTo(2);
    }

    @Test
    void aNotificationAfterThe72HoursIsLate() {
        Breach breach = breach(null);
        breach.recordNotification(new BreachNotification(afterDiscovery(80), null, null, null), "admin",
                afterDiscovery(81));

        BreachClock clock = breach.clock(afterDiscovery(81));
        assertThat(clock.state()).isEqualTo(BreachClock.State.NOTIFIED_LATE);
        assertThat(clock.isNotifiedInTime()).isFalse();
        assertThat(clock.hours()).isEqualTo(8);
    }

    @Test
    void aReasonNotToNotifyStopsTheClock() {
        Breach breach = breach(null);
        breach.recordNotification(new BreachNotification(null, null, null, "البيانات مشفّرة ولا ضرر متوقع"), "admin",
                afterDiscovery(5));

        assertThat(breach.clock(afterDiscovery(100)).state()).isEqualTo(BreachClock.State.NOT_REQUIRED);
    }

    @Test
    void aNotificationCannotPrecedeTheDiscoveryNorBeInTheFuture() {
        Breach breach = breach(null);

        assertThatThrownBy(() -> breach.recordNotification(
                new BreachNotification(DISCOVERED.minusSeconds(60), null, afterDiscovery(10), null), "admin",
                afterDiscovery(5)))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.field() + ":" + problem.messageKey())
                        .containsExactly("authorityNotifiedAt:privacy.breach.beforeDiscovery",
                                "peopleNotifiedAt:privacy.breach.inFuture"));
        assertThat(breach.getAuthorityNotifiedAt()).isNull();
    }

    @Test
    void aBreachIsContainedOnlyOnceItsContainmentActionsAreWritten() {
        Breach breach = breach(null);

        assertThatThrownBy(() -> breach.contain("admin", afterDiscovery(2)))
                .isInstanceOfSatisfying(BreachTransitionException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("privacy.breach.containNeedsActions"));
        assertThat(breach.getStatus()).isEqualTo(BreachStatus.OPEN);
    }

    @Test
    void aBreachClosesOnlyWhenContainedAndNotified() {
        Breach breach = breach("عُزل الحساب وغُيّرت كلمات المرور");

        assertThatThrownBy(() -> breach.close("admin", afterDiscovery(2)))
                .isInstanceOfSatisfying(BreachTransitionException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("privacy.breach.notContained"));
        FieldChange contained = breach.contain("admin", afterDiscovery(2));
        assertThat(contained).isEqualTo(new FieldChange("status", "OPEN", "CONTAINED"));
        assertThatThrownBy(() -> breach.close("admin", afterDiscovery(3)))
                .isInstanceOfSatisfying(BreachTransitionException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("privacy.breach.closeNeedsNotification"));

        breach.recordNotification(new BreachNotification(afterDiscovery(20), null, null, null), "admin",
                afterDiscovery(21));
        breach.close("admin", afterDiscovery(22));

        assertThat(breach.getStatus()).isEqualTo(BreachStatus.CLOSED);
        assertThatThrownBy(() -> breach.recordNotification(
                new BreachNotification(afterDiscovery(20), "late correction", null, null), "admin", afterDiscovery(23)))
                .isInstanceOfSatisfying(BreachTransitionException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("privacy.breach.closed"));
    }

    @Test
    void theDetailsNameEveryFieldWithAProblem() {
        BreachDetails details = new BreachDetails(afterDiscovery(1), afterDiscovery(2), " ", EnumSet.noneOf(
                DataCategory.class), -1, null, null);

        assertThatThrownBy(() -> details.check(afterDiscovery(0)))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.field())
                        .containsExactly("discoveredAt", "occurredAt", "description", "dataCategories",
                                "affectedCount", "riskLevel"));
    }
}
