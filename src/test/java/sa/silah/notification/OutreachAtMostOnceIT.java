package sa.silah.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.silah.beneficiary.ContactChannel;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * Outreach messages are sent at most once: one whose sending started before a restart and never recorded its outcome
 * is failed, while any other message in that state is sent again (at least once), as before.
 */
@IntegrationTest
class OutreachAtMostOnceIT {

    @Autowired
    Notifier notifier;
    @Autowired
    Notifications notifications;
    @Autowired
    Dispatcher dispatcher;

    @Test
    void anOutreachMessageWhoseOutcomeIsUnknownFailsInsteadOfGoingAgain() {
        Instant noon = NotificationFixture.riyadh(400 + (int) (System.nanoTime() % 300), 12, 0);
        UUID outreach = notifier.queueOutreach(new OutreachMessage("campaign:" + UUID.randomUUID() + ":" + UUID.randomUUID(),
                "+966" + TestData.mobile().substring(1), ContactChannel.SMS, "ar", null, "رسالة حملة", null), noon);
        var to = new Notification.Addressee("otp:" + UUID.randomUUID(), null, null, null,
                "+966" + TestData.mobile().substring(1), NotificationChannel.SMS, "ar");
        UUID code = notifier.queue(to, TemplateKey.ONE_TIME_CODE, Map.of("code", "123456")).orElseThrow().getId();

        // Both claimed by a node that then died before recording what the gateway said.
        assertThat(notifications.claim(outreach, noon, noon.plus(Dispatcher.LEASE))).isEqualTo(1);
        assertThat(notifications.claim(code, noon, noon.plus(Dispatcher.LEASE))).isEqualTo(1);
        dispatcher.dispatch(noon.plus(Duration.ofMinutes(5)));
        assertThat(notifications.findById(outreach).orElseThrow().getStatus()).isEqualTo(MessageStatus.PENDING);

        dispatcher.dispatch(noon.plus(Dispatcher.LEASE).plusSeconds(1));

        Notification failed = notifications.findById(outreach).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.getAttempts()).isZero();
        assertThat(failed.getLastError()).isEqualTo("outcome unknown after a restart");
        assertThat(notifications.findById(code).orElseThrow().getStatus()).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void theSameCampaignMessageQueuedAgainIsTheOneStoredTheFirstTime() {
        Instant noon = NotificationFixture.riyadh(1, 12, 0);
        var message = new OutreachMessage("campaign:" + UUID.randomUUID() + ":" + UUID.randomUUID(),
                "+966" + TestData.mobile().substring(1), ContactChannel.SMS, "ar", null, "رسالة حملة", null);
        assertThat(notifier.queueOutreach(message, noon)).isEqualTo(notifier.queueOutreach(message, noon));
    }
}
