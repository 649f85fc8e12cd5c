package sa.silah.privacy;

import java.time.Instant;

/**
 * The data one rule reaches, found by what is older than a cutoff, and what the rule does to it. A module whose
 * data a rule reaches and that privacy cannot depend on (notification sends privacy's messages) implements it itself.
 */
public interface RetentionTarget {

    RetentionCategory category();

    /** Counts what the rule would change and skip, and names some of it; changes nothing. */
    void preview(Instant cutoff, RetentionTally tally);

    /** Changes what the rule reaches, a batch per transaction, counting as it goes. */
    void apply(Instant cutoff, RetentionTally tally);
}
