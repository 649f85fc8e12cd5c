package sa.silah.privacy.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import sa.silah.shared.Dates;

/** The forms' times are what the clock on the wall in Riyadh showed, to the minute. */
final class RiyadhTime {

    private RiyadhTime() {
    }

    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Dates.RIYADH).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Dates.RIYADH).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    }
}
