package sa.silah.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import sa.silah.shared.Dates;

/**
 * No SMS or WhatsApp between 22:00 and 07:00 Riyadh time: such messages wait until seven in the morning. Public so
 * that outreach holds its campaigns back over the same hours.
 */
public final class QuietHours {

    static final LocalTime START = LocalTime.of(22, 0);
    static final LocalTime END = LocalTime.of(7, 0);

    private QuietHours() {
    }

    public static boolean isQuiet(Instant instant) {
        LocalTime time = instant.atZone(Dates.RIYADH).toLocalTime();
        return !time.isBefore(START) || time.isBefore(END);
    }

    /** The instant itself outside quiet hours, otherwise the 07:00 that ends them. */
    public static Instant nextAllowed(Instant instant) {
        if (!isQuiet(instant)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(Dates.RIYADH);
        ZonedDateTime morning = local.toLocalTime().isBefore(END) ? local.with(END) : local.plusDays(1).with(END);
        return morning.toInstant();
    }
}
