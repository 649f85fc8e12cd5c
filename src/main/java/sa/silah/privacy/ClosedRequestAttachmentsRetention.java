package sa.silah.privacy;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import sa.silah.casework.AttachmentRetention;

/** Deletes the files of requests closed before the cutoff, through casework, a batch per transaction. */
@Component
class ClosedRequestAttachmentsRetention implements RetentionTarget {

    private static final int BATCH_SIZE = 200;

    private final AttachmentRetention attachments;

    ClosedRequestAttachmentsRetention(AttachmentRetention attachments) {
        this.attachments = attachments;
    }

    @Override
    public RetentionCategory category() {
        return RetentionCategory.CLOSED_REQUEST_ATTACHMENTS;
    }

    @Override
    public void preview(Instant cutoff, RetentionTally tally) {
        AttachmentRetention.Count count = counted(cutoff, tally);
        tally.wouldAffect(count.matched() - count.held(),
                attachments.ofRequestsClosedBefore(cutoff, RetentionTally.SAMPLE_SIZE));
    }

    @Override
    public void apply(Instant cutoff, RetentionTally tally) {
        counted(cutoff, tally);
        List<AttachmentRetention.Expired> batch;
        do {
            batch = attachments.removeOfRequestsClosedBefore(cutoff, BATCH_SIZE);
            batch.forEach(tally::affected);
        }
        while (batch.size() == BATCH_SIZE);
    }

    private AttachmentRetention.Count counted(Instant cutoff, RetentionTally tally) {
        AttachmentRetention.Count count = attachments.countOfRequestsClosedBefore(cutoff);
        tally.matched(count.matched());
        tally.skipped(count.held());
        return count;
    }
}
