package sa.silah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class DatesTest {

    final Dates dates = new Dates();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void showsTheUmmAlQuraDateBesideTheGregorianInArabic() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ar-SA-u-nu-latn"));
        assertThat(dates.date(LocalDate.of(2026, 11, 26)))
                .isEqualTo("26 نوفمبر 2026 (16 جمادى الآخرة 1448 هـ)");
    }

    @Test
    void showsBothCalendarsInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(dates.date(LocalDate.of(2026, 3, 20))).startsWith("20 March 2026 (").endsWith("1447 AH)");
    }

    @Test
    void showsTimesInRiyadh() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(dates.dateTime(Instant.parse("2026-11-26T21:30:00Z"))).startsWith("27 November 2026 00:30 (")
                .endsWith("1448 AH)");
    }

    @Test
    void leavesTheHijriDateOutBeyondTheUmmAlQuraTable() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(dates.date(LocalDate.of(1850, 1, 1))).isEqualTo("1 January 1850");
        assertThat(dates.hijri(LocalDate.of(2200, 1, 1))).isEmpty();
    }

    @Test
    void showsNothingForAMissingDate() {
        assertThat(dates.date(null)).isEmpty();
        assertThat(dates.dateTime(null)).isEmpty();
    }
}
