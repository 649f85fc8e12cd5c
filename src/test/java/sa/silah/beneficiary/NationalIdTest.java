package sa.silah.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import sa.silah.shared.InvalidValueException;

class NationalIdTest {

    @Nested
    class Constructor {

        @ParameterizedTest
        @ValueSource(strings = {"1000000008", "1234567897", "2000000006", "2123456788"})
        void acceptsValidNationalIdsAndIqamaNumbers(String value) {
            assertThat(new NationalId(value).value()).isEqualTo(value);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"100000000", "10000000080", "          ", "10000000O8", "1 00000008", "+966000008",
                "١٠٠٠٠٠٠٠٠٨"})
        void refusesAnythingButTenAsciiDigitsWithTheLengthKey(String value) {
            assertRefused(() -> new NationalId(value), "nationalId.invalid.length");
        }

        @ParameterizedTest
        @ValueSource(strings = {"3000000004", "0000000000", "9000000001"})
        void refusesLuhnValidNumbersThatStartWithNeither1Nor2WithThePrefixKey(String value) {
            assertRefused(() -> new NationalId(value), "nationalId.invalid.prefix");
        }

        @Test
        void reportsTheWrongPrefixBeforeTheWrongCheckDigit() {
            assertRefused(() -> new NationalId("3000000001"), "nationalId.invalid.prefix");
        }

        @Test
        void refusesAWrongCheckDigitWithTheChecksumKey() {
            assertRefused(() -> new NationalId("1234567890"), "nationalId.invalid.checksum");
        }
    }

    @Nested
    class Of {

        @ParameterizedTest
        @ValueSource(strings = {"1000000008", " 1000000008 ", "100 000 0008", "1000\u00A0000\u00A0008", "١٠٠٠٠٠٠٠٠٨",
                "۱۰۰۰۰۰۰۰۰۸", "١٠٠٠ 000 ۰۰۸"})
        void readsSpacedAndArabicIndicInput(String raw) {
            assertThat(NationalId.of(raw)).isEqualTo(new NationalId("1000000008"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "100-000-0008"})
        void refusesBlankAndNonDigitInputWithTheLengthKey(String raw) {
            assertRefused(() -> NationalId.of(raw), "nationalId.invalid.length");
        }

        @Test
        void refusesTheSameRulesAsTheConstructor() {
            assertRefused(() -> NationalId.of("٣٠٠٠٠٠٠٠٠٤"), "nationalId.invalid.prefix");
            assertRefused(() -> NationalId.of("١٢٣٤٥٦٧٨٩٠"), "nationalId.invalid.checksum");
        }
    }

    @Nested
    class IsValid {

        @ParameterizedTest
        @ValueSource(strings = {"1000000008", "1234567897", "2000000006", "2123456788", "١٠٠٠٠٠٠٠٠٨"})
        void isTrueForValidNumbers(String raw) {
            assertThat(NationalId.isValid(raw)).isTrue();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"1234567890", "3000000004", "100000000", "abc"})
        void isFalseForInvalidNumbers(String raw) {
            assertThat(NationalId.isValid(raw)).isFalse();
        }
    }

    @Nested
    class Accessors {

        @Test
        void nationalIdsBelongToCitizensAndIqamaNumbersToResidents() {
            assertThat(new NationalId("1000000008").isCitizen()).isTrue();
            assertThat(new NationalId("2000000006").isCitizen()).isFalse();
        }

        @Test
        void toStringIsTheValue() {
            assertThat(new NationalId("2123456788")).hasToString("2123456788");
        }
    }

    @Nested
    class CheckDigitFor {

        @Test
        void givesTheDigitOfTheKnownValidNumbers() {
            assertThat(NationalId.checkDigitFor("100000000")).isEqualTo("8");
            assertThat(NationalId.checkDigitFor("123456789")).isEqualTo("7");
            assertThat(NationalId.checkDigitFor("200000000")).isEqualTo("6");
            assertThat(NationalId.checkDigitFor("212345678")).isEqualTo("8");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"12345678", "1234567890", "12345678a", "١٢٣٤٥٦٧٨٩"})
        void refusesAnythingButNineAsciiDigits(String digits) {
            assertThatIllegalArgumentException().isThrownBy(() -> NationalId.checkDigitFor(digits));
        }

        @Test
        void completesRandomPrefixesStartingWith1Or2ToValidIds() {
            Random random = new Random(42L);
            for (int i = 0; i < 5_000; i++) {
                String firstNine = randomNineDigitsStartingWith(random, 1 + random.nextInt(2));
                NationalId id = new NationalId(firstNine + NationalId.checkDigitFor(firstNine));
                assertThat(id.isCitizen()).isEqualTo(firstNine.startsWith("1"));
            }
        }

        @Test
        void completesRandomPrefixesStartingWith0Or3To9ToNumbersRefusedOnlyForThePrefix() {
            Random random = new Random(43L);
            for (int first : new int[] {0, 3, 4, 5, 6, 7, 8, 9}) {
                for (int i = 0; i < 200; i++) {
                    String firstNine = randomNineDigitsStartingWith(random, first);
                    String luhnValid = firstNine + NationalId.checkDigitFor(firstNine);
                    assertRefused(() -> new NationalId(luhnValid), "nationalId.invalid.prefix");
                }
            }
        }
    }

    @Test
    void changingAnyOneDigitOfAValidIdMakesItInvalid() {
        Random random = new Random(44L);
        for (int i = 0; i < 500; i++) {
            String firstNine = randomNineDigitsStartingWith(random, 1 + random.nextInt(2));
            String valid = firstNine + NationalId.checkDigitFor(firstNine);
            for (int position = 0; position < 10; position++) {
                for (char replacement = '0'; replacement <= '9'; replacement++) {
                    if (replacement != valid.charAt(position)) {
                        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
                        assertThat(NationalId.isValid(changed)).as("%s changed to %s", valid, changed).isFalse();
                    }
                }
            }
        }
    }

    private static String randomNineDigitsStartingWith(Random random, int firstDigit) {
        return firstDigit + String.format("%08d", random.nextInt(100_000_000));
    }

    private static void assertRefused(ThrowingCallable construction, String messageKey) {
        assertThatThrownBy(construction)
                .isInstanceOf(InvalidValueException.class)
                .extracting("messageKey")
                .isEqualTo(messageKey);
    }
}
