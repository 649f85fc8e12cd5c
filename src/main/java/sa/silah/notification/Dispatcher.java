package sa.silah.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages that are due. Each is claimed with a conditional update that moves its next attempt a
 * lease ahead, so two nodes (or the scheduled round and the one right after a commit) never send the same
 * row; a node that dies while sending leaves the row to be retried when the lease ends (at least once). The
 * provider is called outside any transaction; the outcome is recorded in one of its own. Outreach messages are the
 * exception: sent at most once, since a campaign message twice is worse than one lost; one whose lease ran out with
 * its attempt's outcome unrecorded is failed rather than sent again.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    static final Duration LEASE = Duration.ofMinutes(10);
    static final String OUTCOME_UNKNOWN = "outcome unknown after a restart";
    private static final int BATCH = 50;

    private final Notifications notifications;
    private final Transports transports;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    Dispatcher(Notifications notifications, Transports transports, TransactionTemplate transaction, Clock clock) {
        this.notifications = notifications;
        this.transports = transports;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Sends what is due soon on a background thread; calls while one is waiting fold into it. */
    void dispatchSoon() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    dispatch(clock.instant());
                }
                catch (RuntimeException failed) {
                    log.warn("Notification dispatch failed; the scheduled round will retry", failed);
                }
            });
        }
    }

    /** Sends every message due at this moment; answers how many were sent. */
    int dispatch(Instant now) {
        int unknown = notifications.failUnknownOutcomes(TemplateKey.OUTREACH_MESSAGE, now, OUTCOME_UNKNOWN);
        if (unknown > 0) {
            log.warn("{} outreach message(s) failed: their sending started before a restart and its outcome is unknown",
                    unknown);
        }
        deferQuietTexts(now);
        int sent = 0;
        List<UUID> due;
        do {
            due = notifications.due(now, PageRequest.of(0, BATCH));
            for (UUID id : due) {
                if (claim(id, now) && deliver(id, now)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    /** In quiet hours, texts to phones that came due wait for the morning, one-time codes excepted. */
    private void deferQuietTexts(Instant now) {
        if (QuietHours.isQuiet(now)) {
            notifications.deferToMorning(now, QuietHours.nextAllowed(now), TemplateKey.ONE_TIME_CODE);
        }
    }

    private boolean claim(UUID id, Instant now) {
        return notifications.claim(id, now, now.plus(LEASE)) == 1;
    }

    private boolean deliver(UUID id, Instant now) {
        Notification message = notifications.findById(id).orElseThrow();
        Transport transport = transports.of(message.getChannel());
        String providerId;
        try {
            providerId = transport.send(message);
        }
        catch (RuntimeException failed) {
            String error = failed instanceof DeliveryFailedException ? failed.getMessage()
                    : transport.name() + ": " + failed.getClass().getSimpleName();
            boolean permanent = failed instanceof DeliveryFailedException refused && refused.isPermanent();
            log.warn("Notification {} ({} via {}) attempt {} failed: {}", id, message.getTemplateKey(),
                    transport.name(), message.getAttempts() + 1, error);
            record(id, row -> row.attemptFailed(error, permanent, now));
            return false;
        }
        record(id, row -> row.sent(providerId, now));
        return true;
    }

    private void record(UUID id, java.util.function.Consumer<Notification> outcome) {
        transaction.executeWithoutResult(status -> {
            Notification row = notifications.findById(id).orElseThrow();
            outcome.accept(row);
            notifications.save(row);
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
