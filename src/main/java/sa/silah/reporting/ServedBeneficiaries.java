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
 * The beneficiaries served over a period, as the union of the days' bitmaps: each counted once however many
 * requests they made, overall and in each of their segments.
 */
final class ServedBeneficiaries {

    private final RoaringBitmap all = new RoaringBitmap();
    private final Map<Long, RoaringBitmap> bySegment = new HashMap<>();

    void add(Long segmentId, byte[] day) {
        RoaringBitmap bitmap = new RoaringBitmap();
        try {
            bitmap.deserialize(ByteBuffer.wrap(day));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        (segmentId == null ? all : bySegment.computeIfAbsent(segmentId, id -> new RoaringBitmap())).or(bitmap);
    }

    long all() {
        return all.getLongCardinality();
    }

    long in(Long segmentId) {
        RoaringBitmap bitmap = bySegment.get(segmentId);
        return bitmap == null ? 0 : bitmap.getLongCardinality();
    }

    Map<Long, RoaringBitmap> segments() {
        return bySegment;
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
