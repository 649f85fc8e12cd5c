package sa.silah.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
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
    private static final Locale ARABIC = Locale.forLanguageTag("ar-SA-u-nu-latn");

    public String dateTime(Instant instant) {
        return dateTime(instant, LocaleContextHolder.getLocale());
    }

    /** The time in a given language, for what is written away from the request, such as an export. */
    public String dateTime(Instant instant, Locale language) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(RIYADH);
        String gregorian = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", digitsOf(language)).format(local);
        String hijri = hijri(local.toLocalDate(), language);
        return hijri.isEmpty() ? gregorian : gregorian + " (" + hijri + ")";
    }

    public String date(LocalDate date) {
        return date(date, locale());
    }

    /** The date in a given language, for documents written in their own language, such as a letter. */
    public String date(LocalDate date, Locale language) {
        if (date == null) {
            return "";
        }
        String hijri = hijri(date, language);
        String gregorian = gregorian(date, language);
        return hijri.isEmpty() ? gregorian : gregorian + " (" + hijri + ")";
    }

    /** The Gregorian date alone, in a given language. */
    public String gregorian(LocalDate date, Locale language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", digitsOf(language)).format(date);
    }

    /** The Umm al-Qura date, or empty outside the range the table covers (1300–1600 AH). */
    public String hijri(LocalDate date) {
        return hijri(date, locale());
    }

    /** The month holding a day, as «نوفمبر 2026» or, in the Umm al-Qura calendar, «جمادى الأولى 1448». */
    public String month(LocalDate date, boolean hijri, Locale language) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(hijri ? "MMMM y" : "MMMM yyyy", digitsOf(language));
        return hijri ? format.withChronology(HijrahChronology.INSTANCE).format(HijrahChronology.INSTANCE.date(date))
                : format.format(date);
    }

    /** The Umm al-Qura date in a given language, or empty outside the range the table covers. */
    public String hijri(LocalDate date, Locale language) {
        try {
            HijrahDate hijrah = HijrahChronology.INSTANCE.date(date);
            return DateTimeFormatter.ofPattern("d MMMM y", digitsOf(language))
                    .withChronology(HijrahChronology.INSTANCE)
                    .format(hijrah) + (isArabic(language) ? " هـ" : " AH");
        }
        catch (DateTimeException outsideUmmAlQura) {
            return "";
        }
    }

    /**
     * The Umm al-Qura years a Gregorian year spans, such as «1447–1448 هـ» for 2026, for what is dated by its
     * year alone; empty outside the range the table covers.
     */
    public String hijriYears(int gregorianYear) {
        String span = hijriYearSpan(gregorianYear);
        return span.isEmpty() ? "" : span + (isArabic(locale()) ? " هـ" : " AH");
    }

    /** The Umm al-Qura years a Gregorian year spans, as «1447–1448»; empty outside the table's range. */
    public static String hijriYearSpan(int gregorianYear) {
        try {
            int first = HijrahChronology.INSTANCE.date(LocalDate.of(gregorianYear, 1, 1)).get(ChronoField.YEAR);
            int last = HijrahChronology.INSTANCE.date(LocalDate.of(gregorianYear, 12, 31)).get(ChronoField.YEAR);
            return first == last ? String.valueOf(first) : first + "–" + last;
        }
        catch (DateTimeException outsideUmmAlQura) {
            return "";
        }
    }

    private static Locale locale() {
        return isArabic(LocaleContextHolder.getLocale()) ? ARABIC : Locale.ENGLISH;
    }

    /** Arabic months with the Latin digits that IDs and reference numbers use too. */
    private static Locale digitsOf(Locale language) {
        return isArabic(language) ? ARABIC : Locale.ENGLISH;
    }

    private static boolean isArabic(Locale language) {
        return "ar".equals(language.getLanguage());
    }
}
