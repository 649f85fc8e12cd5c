package sa.silah.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import sa.silah.privacy.RetentionCategory;
import sa.silah.privacy.RetentionTally;
import sa.silah.privacy.RetentionTarget;

/** Blanks the address and text of messages finished before the cutoff, through notification, a batch at a time. */
@Component
class DeliveredNotificationsRetention implements RetentionTarget {

    private static final int BATCH_SIZE = 200;

    private final MessageRetention messages;

    DeliveredNotificationsRetention(MessageRetention messages) {
        this.messages = messages;
    }

    @Override
    public RetentionCategory category() {
        return RetentionCategory.DELIVERED_NOTIFICATIONS;
    }

    @Override
    public void preview(Instant cutoff, RetentionTally tally) {
        long count = messages.countFinishedBefore(cutoff);
        tally.matched(count);
        tally.wouldAffect(count, messages.finishedBefore(cutoff, RetentionTally.SAMPLE_SIZE));
    }

    @Override
    public void apply(Instant cutoff, RetentionTally tally) {
        tally.matched(messages.countFinishedBefore(cutoff));
        List<UUID> batch;
        do {
            batch = messages.blankFinishedBefore(cutoff, BATCH_SIZE);
            batch.forEach(tally::affected);
        }
        while (batch.size() == BATCH_SIZE);
    }
}
