package sa.silah.generator;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs how far a phase has come, about every twentieth of it, with the rows written per second. */
final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    private final String phase;
    private final long total;
    private final long step;
    private final long started = System.nanoTime();
    private long done;
    private long rows;
    private long nextReport;

    Progress(String phase, long total) {
        this.phase = phase;
        this.total = total;
        this.step = Math.max(1, total / 20);
        this.nextReport = step;
    }

    void advance(long items, long rowsWritten) {
        done += items;
        rows += rowsWritten;
        if (done >= nextReport || done == total) {
            log.info(String.format(Locale.ROOT, "%s: %,d of %,d (%d%%), %,d rows in %.1f s, %,.0f rows/s", phase, done,
                    total, done * 100 / Math.max(1, total), rows, seconds(), rows / Math.max(0.001, seconds())));
            nextReport = (done / step + 1) * step;
        }
    }

    long rows() {
        return rows;
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
