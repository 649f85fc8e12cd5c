package sa.silah.sla;

import java.time.Duration;
import java.time.LocalTime;

import sa.silah.shared.InvalidValueException;

/** The opening and closing time of a working day, in the calendar's time zone; closing comes after opening. */
public record WorkingHours(LocalTime opensAt, LocalTime closesAt) {

    public WorkingHours {
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new InvalidValueException("calendar.closesAt.notAfterOpensAt",
                    "Working hours close after they open: " + opensAt + "–" + closesAt);
        }
    }

    public static WorkingHours of(String opensAt, String closesAt) {
        return new WorkingHours(LocalTime.parse(opensAt), LocalTime.parse(closesAt));
    }

    public Duration length() {
        return Duration.between(opensAt, closesAt);
    }
}
