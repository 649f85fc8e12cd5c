package sa.silah.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void latinTextFitsOneMessageUpTo160Characters() {
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(160, false, 1));
        assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(new SmsSegments(161, false, 2));
        assertThat(SmsSegments.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void arabicTextIsUnicodeWith70InOneMessageAnd67PerPart() {
        assertThat(SmsSegments.of("س".repeat(70))).isEqualTo(new SmsSegments(70, true, 1));
        assertThat(SmsSegments.of("س".repeat(71))).isEqualTo(new SmsSegments(71, true, 2));
        assertThat(SmsSegments.of("س".repeat(134)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("س".repeat(135)).segments()).isEqualTo(3);
    }

    @Test
    void oneArabicLetterMakesALatinTextUnicode() {
        assertThat(SmsSegments.of("a".repeat(100) + "ب")).isEqualTo(new SmsSegments(101, true, 2));
    }

    @Test
    void gsmExtensionCharactersCountTwice() {
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(160, false, 1));
        assertThat(SmsSegments.of("[" + "a".repeat(159))).isEqualTo(new SmsSegments(161, false, 2));
    }

    @Test
    void emptyTextCostsNothing() {
        assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(0, false, 0));
    }
}
