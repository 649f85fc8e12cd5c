package sa.silah.reporting;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import org.roaringbitmap.RoaringBitmap;

/**
 * The beneficiaries served over a period, as the unions of the days' bitmaps: each beneficiary counted once however
 * many requests they made. Segments belong to beneficiaries, not to requests, so those served under a filter who
 * are in a segment are the intersection of the two unions.
 */
final class ServedBeneficiaries {

    private final RoaringBitmap served = new RoaringBitmap();
    private final Map<Long, RoaringBitmap> bySegment = new HashMap<>();

    /** Adds a day's bitmap: of the filter's dimension, or of a segment when {@code segmentId} is not null. */
    void add(Long segmentId, byte[] day) {
        RoaringBitmap bitmap = new RoaringBitmap();
        try {
            bitmap.deserialize(ByteBuffer.wrap(day));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        (segmentId == null ? served : bySegment.computeIfAbsent(segmentId, id -> new RoaringBitmap())).or(bitmap);
    }

    /** Those served, or only those of them in a segment. */
    long count(Long segmentId) {
        if (segmentId == null) {
            return served.getLongCardinality();
        }
        RoaringBitmap segment = bySegment.get(segmentId);
        return segment == null ? 0 : RoaringBitmap.andCardinality(served, segment);
    }

    Iterable<Long> segments() {
        return bySegment.keySet();
    }

    static byte[] bytes(RoaringBitmap bitmap) {
        bitmap.runOptimize();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(bitmap.serializedSizeInBytes());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            bitmap.serialize(out);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }
}
