package sa.silah.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

/**
 * A data-subject request's reference, {@code DSR-1448-00012}: the Umm al-Qura year it was received in and its place
 * in that year's sequence (at least five digits), like the requests' and letters' numbers.
 */
record DataSubjectReference(int hijriYear, long sequence) {

    static int hijriYearOf(LocalDate day) {
        try {
            return HijrahDate.from(day).get(ChronoField.YEAR);
        }
        catch (DateTimeException outsideUmmAlQura) {
            throw new IllegalStateException("No Umm al-Qura year for " + day + "; is the clock right?", outsideUmmAlQura);
        }
    }

    @Override
    public String toString() {
        return "DSR-%d-%05d".formatted(hijriYear, sequence);
    }
}
