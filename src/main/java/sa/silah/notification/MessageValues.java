package sa.silah.notification;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import sa.silah.shared.Dates;

/**
 * Dates as a beneficiary reads them in their own language, whatever the language of the person or job that
 * caused the message: Gregorian and Umm al-Qura in Riyadh time, Latin digits as on Silah's pages.
 */
public final class MessageValues {

    private MessageValues() {
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("ar-SA-u-nu-latn");
    }

    public static String date(Instant instant, String language) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale(language))
                .format(instant.atZone(Dates.RIYADH));
    }

    public static String hijriDate(Instant instant, String language) {
        if (instant == null) {
            return "";
        }
        LocalDate date = instant.atZone(Dates.RIYADH).toLocalDate();
        try {
            return DateTimeFormatter.ofPattern("d MMMM y", locale(language)).withChronology(HijrahChronology.INSTANCE)
                    .format(HijrahChronology.INSTANCE.date(date)) + ("en".equals(language) ? " AH" : " هـ");
        }
        catch (DateTimeException outsideUmmAlQura) {
            return "";
        }
    }
}
