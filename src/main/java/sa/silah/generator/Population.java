package sa.silah.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The beneficiaries of one run, as the request generator needs them: who they are, how to reach them and their
 * segments. They are registered in index order over time (half in the year before the requests' window, half
 * during it), so the beneficiaries registered by a moment are a prefix of the indexes.
 */
final class Population {

    private final UUID[] ids;
    private final String[] recipients;
    private final String[] channels;
    private final boolean[] english;
    private final long[][] segmentIds;
    private final Instant registeredFrom;
    private final Instant windowStart;
    private final Instant windowEnd;

    Population(int size, Instant windowStart, Instant windowEnd) {
        this.ids = new UUID[size];
        this.recipients = new String[size];
        this.channels = new String[size];
        this.english = new boolean[size];
        this.segmentIds = new long[size][];
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.registeredFrom = windowStart.minus(Duration.ofDays(365));
    }

    int size() {
        return ids.length;
    }

    void set(int index, UUID id, String recipient, String channel, boolean inEnglish, long[] segments) {
        ids[index] = id;
        recipients[index] = recipient;
        channels[index] = channel;
        english[index] = inEnglish;
        segmentIds[index] = segments;
    }

    /** When the beneficiary at this index registered; later indexes never registered earlier. */
    Instant registeredAt(int index) {
        double share = (double) index / ids.length;
        if (share < 0.5) {
            return between(registeredFrom, windowStart, share / 0.5);
        }
        return between(windowStart, windowEnd, (share - 0.5) / 0.5);
    }

    /** How many beneficiaries had registered by this moment; at least one. */
    int registeredBy(Instant at) {
        double share = at.isBefore(windowStart) ? 0.5 * fraction(registeredFrom, windowStart, at)
                : 0.5 + 0.5 * fraction(windowStart, windowEnd, at);
        return (int) Math.max(1, Math.min(ids.length, Math.floor(share * ids.length) + 1));
    }

    UUID id(int index) {
        return ids[index];
    }

    /** The mobile (E.164) or email address messages go to, on {@link #channel}. */
    String recipient(int index) {
        return recipients[index];
    }

    String channel(int index) {
        return channels[index];
    }

    String language(int index) {
        return english[index] ? "en" : "ar";
    }

    long[] segments(int index) {
        return segmentIds[index];
    }

    private static Instant between(Instant from, Instant to, double share) {
        return from.plusSeconds((long) (Duration.between(from, to).toSeconds() * share));
    }

    private static double fraction(Instant from, Instant to, Instant at) {
        return Math.max(0, Math.min(1, (double) Duration.between(from, at).toSeconds()
                / Duration.between(from, to).toSeconds()));
    }
}
