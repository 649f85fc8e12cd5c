package sa.silah.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import sa.silah.sla.BusinessDuration;

/** Against the real message bundles, as the pages use them. */
class DurationWordsTest {

    static final Locale ARABIC = Locale.forLanguageTag("ar-SA-u-nu-latn");

    final DurationWords words = new DurationWords(bundles());

    static ResourceBundleMessageSource bundles() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void saysBusinessDaysWithArabicPluralForms() {
        assertThat(arabic("P1D")).isEqualTo("يوم عمل واحد");
        assertThat(arabic("P2D")).isEqualTo("يوما عمل");
        assertThat(arabic("P3D")).isEqualTo("3 أيام عمل");
        assertThat(arabic("P10D")).isEqualTo("10 أيام عمل");
        assertThat(arabic("P11D")).isEqualTo("11 يوم عمل");
        assertThat(arabic("P100D")).isEqualTo("100 يوم عمل");
        assertThat(arabic("P103D")).isEqualTo("103 أيام عمل");
    }

    @Test
    void saysBusinessHoursWithArabicPluralForms() {
        assertThat(arabic("PT1H")).isEqualTo("ساعة عمل واحدة");
        assertThat(arabic("PT2H")).isEqualTo("ساعتا عمل");
        assertThat(arabic("PT4H")).isEqualTo("4 ساعات عمل");
    }

    @Test
    void joinsDaysHoursAndMinutes() {
        assertThat(arabic("P1DT4H")).isEqualTo("يوم عمل واحد و4 ساعات عمل");
        assertThat(arabic("P2DT1H30M")).isEqualTo("يوما عمل وساعة عمل واحدة و30 دقيقة");
        assertThat(english("P1DT4H")).isEqualTo("1 business day and 4 business hours");
    }

    @Test
    void aDayIsEightBusinessHours() {
        assertThat(arabic("PT8H")).isEqualTo("يوم عمل واحد");
        assertThat(english("PT12H")).isEqualTo("1 business day and 4 business hours");
    }

    @Test
    void saysTheDurationInEnglish() {
        assertThat(english("P1D")).isEqualTo("1 business day");
        assertThat(english("P3D")).isEqualTo("3 business days");
        assertThat(english("PT1H")).isEqualTo("1 business hour");
        assertThat(english("PT30M")).isEqualTo("30 minutes");
    }

    @Test
    void writesArabicWithLatinDigitsWhateverTheArabicLocale() {
        assertThat(words.of(BusinessDuration.parse("P3D"), Locale.forLanguageTag("ar"))).isEqualTo("3 أيام عمل");
    }

    @Test
    void saysNothingForNoDuration() {
        assertThat(words.of(null, ARABIC)).isEmpty();
        assertThat(words.of(BusinessDuration.ZERO, ARABIC)).isEqualTo("بلا مدة");
    }

    private String arabic(String iso) {
        return words.of(BusinessDuration.parse(iso), ARABIC);
    }

    private String english(String iso) {
        return words.of(BusinessDuration.parse(iso), Locale.ENGLISH);
    }
}
