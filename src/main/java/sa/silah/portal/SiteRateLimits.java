package sa.silah.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts what the public site lets anyone do (send a form, look up a request) per address, mobile or reference, in
 * fixed windows of {@link SiteProperties#window()}. The counts live in the database, so every node behind a load
 * balancer sees the same ones. Each statement commits on its own: a count stands even when the form is refused.
 */
@Component
public class SiteRateLimits {

    /** Every so many new windows on this node, the windows that have ended are removed. */
    private static final int SWEEP_EVERY = 200;

    private final JdbcClient jdbc;
    private final SiteProperties properties;
    private final Clock clock;
    private final AtomicInteger newWindows = new AtomicInteger();

    SiteRateLimits(JdbcClient jdbc, SiteProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether one more form may be sent from this address and, when given, with this mobile; counts it either way. */
    public boolean allowSubmission(String address, String mobile) {
        boolean byAddress = take("submit-ip:" + address) <= properties.submissionsPerIp();
        boolean byMobile = mobile == null || take("submit-mobile:" + mobile) <= properties.submissionsPerMobile();
        return byAddress && byMobile;
    }

    /** Whether this address, and this reference, may still be looked up after wrong answers. */
    public boolean mayTrack(String address, String reference) {
        return hits("track-ip:" + address) < properties.failedTracksPerIp()
                && hits("track-ref:" + reference) < properties.failedTracksPerReference();
    }

    /** A look-up found nothing: counts against the address and the reference. */
    public void failedTrack(String address, String reference) {
        take("track-ip:" + address);
        take("track-ref:" + reference);
    }

    /** Counts one more and answers the count in the current window. */
    private int take(String counted) {
        String key = digest(counted);
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("update site_rate_count set hits = hits + 1 where counter_key = :key and window_ends_at > :now")
                    .param("key", key).param("now", Timestamp.from(now)).update();
            if (updated == 1) {
                return hits(key, now);
            }
            jdbc.sql("delete from site_rate_count where counter_key = :key and window_ends_at <= :now")
                    .param("key", key).param("now", Timestamp.from(now)).update();
            try {
                jdbc.sql("insert into site_rate_count (counter_key, window_ends_at, hits) values (:key, :ends, 1)")
                        .param("key", key).param("ends", Timestamp.from(now.plus(properties.window()))).update();
                sweepNowAndThen(now);
                return 1;
            }
            catch (DuplicateKeyException anotherNodeStartedTheWindow) {
                // The other request's insert won: count on its row.
            }
        }
        throw new IllegalStateException("Could not count a public site action");
    }

    private int hits(String counted) {
        return hits(digest(counted), clock.instant());
    }

    private int hits(String key, Instant now) {
        return jdbc.sql("select hits from site_rate_count where counter_key = :key and window_ends_at > :now")
                .param("key", key).param("now", Timestamp.from(now)).query(Integer.class).optional().orElse(0);
    }

    private void sweepNowAndThen(Instant now) {
        if (newWindows.incrementAndGet() % SWEEP_EVERY == 0) {
            jdbc.sql("delete from site_rate_count where window_ends_at <= :now").param("now", Timestamp.from(now)).update();
        }
    }

    private static String digest(String counted) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(counted.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
