package sa.silah.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import sa.silah.shared.Dates;

class NotificationTest {

    private static Instant riyadh(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).atZone(Dates.RIYADH).toInstant();
    }

    private static Notification message(NotificationChannel channel, TemplateKey key, Instant now) {
        return Notification.create(new Notification.Addressee("key", null, null, null, "+966551234567", channel, "ar"),
                new Notification.Content(key, null, "نص", null, null), now);
    }

    @Test
    void aTextCreatedAtNightWaitsForSevenInTheMorning() {
        assertThat(message(NotificationChannel.SMS, TemplateKey.REQUEST_RECEIVED, riyadh(26, 23, 10)).getNextAttemptAt())
                .isEqualTo(riyadh(27, 7, 0));
        assertThat(message(NotificationChannel.WHATSAPP, TemplateKey.REQUEST_RECEIVED, riyadh(27, 3, 0)).getNextAttemptAt())
                .isEqualTo(riyadh(27, 7, 0));
    }

    @Test
    void oneTimeCodesAndEmailGoAtNight() {
        assertThat(message(NotificationChannel.SMS, TemplateKey.ONE_TIME_CODE, riyadh(26, 23, 10)).getNextAttemptAt())
                .isEqualTo(riyadh(26, 23, 10));
        assertThat(message(NotificationChannel.EMAIL, TemplateKey.REQUEST_RECEIVED, riyadh(26, 23, 10)).getNextAttemptAt())
                .isEqualTo(riyadh(26, 23, 10));
    }

    @Test
    void inAppMessagesAreDeliveredByBeingStored() {
        Notification inApp = message(NotificationChannel.IN_APP, TemplateKey.ASSIGNED_TO_YOU, riyadh(26, 10, 0));
        assertThat(inApp.getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(inApp.isUnread()).isTrue();
    }

    @Test
    void failedAttemptsBackOffThenFail() {
        Instant now = riyadh(26, 10, 0);
        Notification email = message(NotificationChannel.EMAIL, TemplateKey.REQUEST_RECEIVED, now);
        email.attemptFailed("smtp: timeout", false, now);
        assertThat(email.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        for (int attempt = 2; attempt <= 5; attempt++) {
            email.attemptFailed("smtp: timeout", false, now);
            assertThat(email.getStatus()).isEqualTo(MessageStatus.PENDING);
        }
        assertThat(email.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofHours(6)));
        email.attemptFailed("smtp: timeout", false, now);
        assertThat(email.getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(email.getAttempts()).isEqualTo(6);
        assertThat(email.getLastError()).isEqualTo("smtp: timeout");
    }

    @Test
    void aRefusedMessageFailsAtOnceAndARetryOfATextWaitsForTheMorning() {
        Notification refused = message(NotificationChannel.SMS, TemplateKey.REQUEST_RECEIVED, riyadh(26, 10, 0));
        refused.attemptFailed("taqnyat answered 400: invalid number", true, riyadh(26, 10, 0));
        assertThat(refused.getStatus()).isEqualTo(MessageStatus.FAILED);

        Notification late = message(NotificationChannel.SMS, TemplateKey.REQUEST_RECEIVED, riyadh(26, 21, 0));
        late.attemptFailed("busy", false, riyadh(26, 21, 0));
        late.attemptFailed("busy", false, riyadh(26, 21, 1));
        late.attemptFailed("busy", false, riyadh(26, 21, 40));
        assertThat(late.getNextAttemptAt()).isEqualTo(riyadh(27, 7, 0));
    }
}
