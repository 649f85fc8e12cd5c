package sa.silah.privacy;

import java.util.ArrayList;
import java.util.List;

/** What a run counts as it goes, kept even when it stops half way: matched, affected, skipped and a sample. */
public final class RetentionTally {

    /** The most records a run's report names. */
    public static final int SAMPLE_SIZE = 50;

    private long matched;
    private long affected;
    private long skipped;
    private final List<String> sample = new ArrayList<>();

    public void matched(long count) {
        matched = count;
    }

    public void skipped(long count) {
        skipped += count;
    }

    public void affected(Object record) {
        affected++;
        if (sample.size() < SAMPLE_SIZE) {
            sample.add(record.toString());
        }
    }

    /** For a dry run: how many would be affected, and some of them. */
    public void wouldAffect(long count, List<?> some) {
        affected = count;
        some.stream().limit(SAMPLE_SIZE).forEach(record -> sample.add(record.toString()));
    }

    long matched() {
        return matched;
    }

    long affected() {
        return affected;
    }

    long skipped() {
        return skipped;
    }

    List<String> sample() {
        return sample;
    }
}
