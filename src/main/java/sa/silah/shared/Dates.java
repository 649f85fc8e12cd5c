package sa.silah.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows dates the Saudi way: Asia/Riyadh time, the Gregorian date with the Umm al-Qura Hijri date beside
 * it. Exposed to templates as {@code @dates}.
 */
@Component("dates")
public class Dates {

    public static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(RIYADH);
        String gregorian = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale()).format(local);
        return withHijri(gregorian, local.toLocalDate());
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return withHijri(DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date), date);
    }

    private String withHijri(String gregorian, LocalDate date) {
        String hijri = hijri(date);
        return hijri.isEmpty() ? gregorian : gregorian + " (" + hijri + ")";
    }

    /** The Umm al-Qura date, or empty outside the range the table covers (1300–1600 AH). */
    public String hijri(LocalDate date) {
        try {
            HijrahDate hijrah = HijrahChronology.INSTANCE.date(date);
            return DateTimeFormatter.ofPattern("d MMMM y", locale())
                    .withChronology(HijrahChronology.INSTANCE)
                    .format(hijrah) + suffix();
        }
        catch (DateTimeException outsideUmmAlQura) {
            return "";
        }
    }

    private String suffix() {
        return isArabic() ? " هـ" : " AH";
    }

    private static Locale locale() {
        return isArabic() ? Locale.forLanguageTag("ar-SA-u-nu-latn") : Locale.ENGLISH;
    }

    private static boolean isArabic() {
        return "ar".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
