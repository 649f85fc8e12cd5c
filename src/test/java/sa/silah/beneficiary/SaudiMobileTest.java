package sa.silah.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import sa.silah.shared.InvalidValueException;

class SaudiMobileTest {

    private static final String E164 = "+966551234567";

    @Nested
    class Parse {

        @ParameterizedTest
        @ValueSource(strings = {
                "0551234567",
                "551234567",
                "966551234567",
                "+966551234567",
                "00966551234567",
                " 0551234567 ",
                "055 123 4567",
                "05 5123-4567",
                "(055) 123-4567",
                "055–123–4567",
                "+966 (55) 123 4567",
                "00 966 55 123 4567",
                "0551\u00A0234\u00A0567",
                "+966 (0)55 123 4567",
                "٠٥٥١٢٣٤٥٦٧",
                "۰۵۵۱۲۳۴۵۶۷",
                "+٩٦٦٥٥١٢٣٤٥٦٧",
                "٠٠٩٦٦ ٥٥ ١٢٣ ٤٥٦٧",
                "05٥١٢٣۴۵۶۷"
        })
        void readsEveryAcceptedFormAsTheSameE164Number(String raw) {
            assertThat(SaudiMobile.parse(raw).e164()).isEqualTo(E164);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
                "   ",
                "0521234567",      // 052 is not allocated to mobiles
                "0579912345",      // of 0579 only 05790 and 05791 are mobile
                "055123456",       // one digit short
                "05512345678",     // one digit long
                "0551234567055",
                "0112345678",      // Riyadh landline
                "+966112345678",
                "8001234567",      // toll free
                "920012345",       // unified number
                "+971501234567",   // UAE mobile
                "00971501234567",
                "+14155552671",
                "055123456a",
                "0551234567x",     // libphonenumber alone would drop the trailing letter
                "tel:0551234567",
                "+966 55 123 4567 ext 5",
                "++966551234567",
                "abc",
                "+966",
                "00"
        })
        void refusesEverythingElseWithTheMobileKey(String raw) {
            assertRefused(() -> SaudiMobile.parse(raw));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0501234567", "0511234567", "0531234567", "0541234567", "0561234567", "0571234567",
                "0578912345", "0579012345", "0579112345", "0581234567", "0591234567"})
        void acceptsTheMobileRangesOfLibphonenumberIncluding051And057(String raw) {
            assertThat(SaudiMobile.parse(raw).national()).isEqualTo(raw);
        }
    }

    @Nested
    class TryParse {

        @Test
        void givesTheNumberForAcceptedInput() {
            assertThat(SaudiMobile.tryParse("05 5123-4567")).contains(new SaudiMobile(E164));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"0521234567", "0112345678", "+971501234567", "abc"})
        void isEmptyForRefusedInput(String raw) {
            assertThat(SaudiMobile.tryParse(raw)).isEmpty();
        }
    }

    @Nested
    class Constructor {

        @Test
        void acceptsCanonicalE164() {
            assertThat(new SaudiMobile(E164).e164()).isEqualTo(E164);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"0551234567", "551234567", "966551234567", "00966551234567", "+966 55 123 4567",
                "+9660551234567", "+٩٦٦٥٥١٢٣٤٥٦٧", "+966521234567", "+966112345678", "+971501234567"})
        void refusesAnythingButTheCanonicalE164OfASaudiMobile(String e164) {
            assertRefused(() -> new SaudiMobile(e164));
        }
    }

    @Nested
    class Formats {

        private final SaudiMobile mobile = SaudiMobile.parse("0551234567");

        @Test
        void forSmsIsE164WithoutThePlus() {
            assertThat(mobile.forSms()).isEqualTo("966551234567");
        }

        @Test
        void nationalIsTheTenDigitLocalForm() {
            assertThat(mobile.national()).isEqualTo("0551234567");
        }

        @Test
        void toStringIsE164() {
            assertThat(mobile).hasToString(E164);
        }

        @Test
        void numbersParsedFromDifferentFormsAreEqual() {
            assertThat(SaudiMobile.parse("٠٥٥١٢٣٤٥٦٧")).isEqualTo(SaudiMobile.parse("+966 55 123 4567"));
        }
    }

    /**
     * Whatever libphonenumber decides about a number, every way of writing it must get the same answer, and an
     * accepted number must survive the round trip through its own formats.
     */
    @Nested
    class GeneratedNumbers {

        private static final int NUMBERS_PER_PREFIX = 300;

        @Test
        void everyFormOfTheSameNumberParsesToTheSameE164() {
            Random random = new Random(966L);
            for (char thirdDigit = '0'; thirdDigit <= '9'; thirdDigit++) {
                for (int i = 0; i < NUMBERS_PER_PREFIX; i++) {
                    String national = "05" + thirdDigit + String.format("%07d", random.nextInt(10_000_000));
                    List<Optional<SaudiMobile>> parsed = writtenForms(national).stream()
                            .map(SaudiMobile::tryParse)
                            .collect(Collectors.toList());
                    assertThat(parsed).as("forms of %s", national).containsOnly(parsed.get(0));
                    parsed.get(0).ifPresent(mobile -> assertRoundTrips(mobile, national));
                }
            }
        }

        @Test
        void everyNumberUnder050And053To056And058And059IsAccepted() {
            Random random = new Random(5L);
            for (char thirdDigit : "0345689".toCharArray()) {
                for (int i = 0; i < NUMBERS_PER_PREFIX; i++) {
                    String national = "05" + thirdDigit + String.format("%07d", random.nextInt(10_000_000));
                    assertThat(SaudiMobile.tryParse(national)).as(national).isPresent();
                }
            }
        }

        @Test
        void noNumberUnder052IsAccepted() {
            Random random = new Random(52L);
            for (int i = 0; i < NUMBERS_PER_PREFIX; i++) {
                String national = "052" + String.format("%07d", random.nextInt(10_000_000));
                assertThat(SaudiMobile.tryParse(national)).as(national).isEmpty();
            }
        }

        private List<String> writtenForms(String national) {
            String subscriber = national.substring(1);
            return List.of(
                    national,
                    subscriber,
                    "966" + subscriber,
                    "+966" + subscriber,
                    "00966" + subscriber,
                    national.substring(0, 3) + " " + national.substring(3, 6) + "-" + national.substring(6),
                    "(" + national.substring(0, 3) + ") " + national.substring(3),
                    arabicIndic(national),
                    extendedArabicIndic("+966" + subscriber));
        }

        private void assertRoundTrips(SaudiMobile mobile, String national) {
            assertThat(mobile.e164()).isEqualTo("+966" + national.substring(1));
            assertThat(mobile.national()).isEqualTo(national);
            assertThat(SaudiMobile.parse(mobile.national())).isEqualTo(mobile);
            assertThat(SaudiMobile.parse(mobile.forSms())).isEqualTo(mobile);
            assertThat(new SaudiMobile(mobile.e164())).isEqualTo(mobile);
        }
    }

    private static String arabicIndic(String asciiDigits) {
        return shiftDigits(asciiDigits, '٠');
    }

    private static String extendedArabicIndic(String asciiDigits) {
        return shiftDigits(asciiDigits, '۰');
    }

    private static String shiftDigits(String asciiDigits, char zero) {
        StringBuilder shifted = new StringBuilder(asciiDigits.length());
        for (char c : asciiDigits.toCharArray()) {
            shifted.append(Character.isDigit(c) ? (char) (zero + (c - '0')) : c);
        }
        return shifted.toString();
    }

    private static void assertRefused(ThrowingCallable construction) {
        assertThatThrownBy(construction)
                .isInstanceOf(InvalidValueException.class)
                .extracting("messageKey")
                .isEqualTo("mobile.invalid");
    }
}
