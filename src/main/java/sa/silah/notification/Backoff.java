package sa.silah.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How long to wait after each failed attempt: 1 min, 5 min, 30 min, 2 h, 6 h; then the message has failed. */
final class Backoff {

    private static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6));

    private Backoff() {
    }

    /** The wait before the next attempt after this many failed ones, or empty when there is none left. */
    static Optional<Duration> after(int failedAttempts) {
        return failedAttempts >= 1 && failedAttempts <= DELAYS.size() ? Optional.of(DELAYS.get(failedAttempts - 1))
                : Optional.empty();
    }
}
