package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.shared.InvalidFieldsException;

/** The PDPL clock of a data-subject request: 30 calendar days, one extension of 30 before the due date, overdue. */
class DataSubjectRequestClockTest {

    /** Received mid-morning in Riyadh; the clock counts calendar days, weekends and holidays alike. */
    static final Instant RECEIVED = LocalDateTime.of(2026, 2, 18, 10, 30).atZone(Dates.RIYADH).toInstant();

    @Test
    void isDueThirtyCalendarDaysAfterItWasReceived() {
        DataSubjectRequest request = opened();

        DataSubjectClock clock = request.clock(RECEIVED);

        assertThat(request.getDueAt()).isEqualTo(LocalDateTime.of(2026, 3, 20, 10, 30).atZone(Dates.RIYADH).toInstant());
        assertThat(clock.daysLeft()).isEqualTo(30);
        assertThat(clock.overdue()).isFalse();
        assertThat(clock.extended()).isFalse();
    }

    @Test
    void countsTheDaysLeftAndIsOverdueOnceTheDueTimeHasPassed() {
        DataSubjectRequest request = opened();

        assertThat(request.clock(RECEIVED.plus(Duration.ofDays(29))).daysLeft()).isEqualTo(1);
        assertThat(request.clock(request.getDueAt()).overdue()).isFalse();
        DataSubjectClock late = request.clock(request.getDueAt().plus(Duration.ofDays(2)));
        assertThat(late.overdue()).isTrue();
        assertThat(late.daysLeft()).isEqualTo(-2);
    }

    @Test
    void isExtendedOnceByThirtyDaysWithAReasonBeforeTheDueDate() {
        DataSubjectRequest request = verified();
        Instant dueAt = request.getDueAt();

        request.extend("  طلب يشمل سجلات ورقية في الأرشيف  ", "officer", RECEIVED.plus(Duration.ofDays(25)));

        assertThat(request.getDueAt()).isEqualTo(dueAt.plus(Duration.ofDays(30)));
        assertThat(request.getExtensionReason()).isEqualTo("طلب يشمل سجلات ورقية في الأرشيف");
        DataSubjectClock clock = request.clock(RECEIVED.plus(Duration.ofDays(40)));
        assertThat(clock.extended()).isTrue();
        assertThat(clock.overdue()).isFalse();
        assertThat(clock.daysLeft()).isEqualTo(20);
        assertThatThrownBy(() -> request.extend("مرة ثانية", "officer", RECEIVED.plus(Duration.ofDays(41))))
                .isInstanceOf(DataSubjectRequestStateException.class)
                .extracting("messageKey").isEqualTo("dataSubjectRequest.extend.once");
    }

    @Test
    void anExtensionAfterTheDueDateIsRefusedAndTheRequestStaysOverdue() {
        DataSubjectRequest request = verified();
        Instant afterDue = request.getDueAt().plusSeconds(1);

        assertThatThrownBy(() -> request.extend("تأخرنا", "officer", afterDue))
                .isInstanceOf(DataSubjectRequestStateException.class)
                .extracting("messageKey").isEqualTo("dataSubjectRequest.extend.afterDue");
        assertThat(request.isExtended()).isFalse();
        assertThat(request.mayExtend(afterDue)).isFalse();
        assertThat(request.clock(afterDue).overdue()).isTrue();
    }

    @Test
    void anExtensionNeedsAReason() {
        DataSubjectRequest request = verified();

        assertThatThrownBy(() -> request.extend("  ", "officer", RECEIVED))
                .isInstanceOf(InvalidFieldsException.class);
        assertThat(request.isExtended()).isFalse();
    }

    @Test
    void theClockStopsWhenTheRequestIsAnswered() {
        DataSubjectRequest request = verified();
        request.complete(null, "officer", RECEIVED.plus(Duration.ofDays(10)));

        DataSubjectClock clock = request.clock(RECEIVED.plus(Duration.ofDays(90)));

        assertThat(clock.stopped()).isTrue();
        assertThat(clock.overdue()).isFalse();
        assertThat(clock.daysLeft()).isEqualTo(20);
        assertThatThrownBy(() -> request.extend("بعد الإغلاق", "officer", RECEIVED.plus(Duration.ofDays(11))))
                .isInstanceOf(DataSubjectRequestStateException.class);
    }

    @Test
    void aRequestIsAnsweredOnlyOnceIdentityIsVerifiedAndAPortalSignInVerifiesIt() {
        DataSubjectRequest request = opened();
        assertThatThrownBy(() -> request.complete(null, "officer", RECEIVED))
                .isInstanceOf(DataSubjectRequestStateException.class)
                .extracting("messageKey").isEqualTo("dataSubjectRequest.complete.notVerified");

        DataSubjectRequest fromPortal = DataSubjectRequest.openedOnPortal(new DataSubjectReference(1447, 2),
                UUID.randomUUID(), DataSubjectRight.ACCESS, null, "portal", RECEIVED);
        assertThat(fromPortal.getStatus()).isEqualTo(DataSubjectRequestStatus.IN_PROGRESS);
        assertThat(fromPortal.getVerificationMethod()).isEqualTo(IdentityVerification.PORTAL_SIGN_IN);
        assertThat(fromPortal.getReference()).isEqualTo("DSR-1447-00002");
    }

    private static DataSubjectRequest opened() {
        return DataSubjectRequest.openedByOfficer(new DataSubjectReference(1447, 1), UUID.randomUUID(),
                DataSubjectRight.COPY, "نسخة من بياناتي", Channel.INTERVIEW, "officer", RECEIVED);
    }

    private static DataSubjectRequest verified() {
        DataSubjectRequest request = opened();
        request.verifyIdentity(IdentityVerification.NATIONAL_ID_SEEN, null, "officer", RECEIVED);
        return request;
    }
}
