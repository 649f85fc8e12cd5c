package sa.silah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicTextTest {

    private static final int GENERATED_STRINGS = 5_000;

    /** Everything normalising removes or folds away; none of it may survive. */
    private static final String FOLDED_AWAY = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640"
            + "أإآٱ" + "ة" + "ى" + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹";

    private static final String MIXED_ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهويءؤئ" + "أإآٱ" + "ةى"
            + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670" + "\u0640"
            + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹" + "0123456789"
            + "abcxyzABCXYZİé" + "   \t\n\u00A0" + ".,;:!?-_()/'\"،؛؟" + "\u200F\u200C";

    @Nested
    class Normalize {

        @Test
        void foldsAlefWithHamzaToBareAlef() {
            assertThat(ArabicText.normalize("أحمد")).isEqualTo("احمد").isEqualTo(ArabicText.normalize("احمد"));
            assertThat(ArabicText.normalize("إبراهيم")).isEqualTo("ابراهيم");
        }

        @Test
        void foldsAlefMaddaAndAlefWaslaToBareAlef() {
            assertThat(ArabicText.normalize("آمنة")).isEqualTo("امنه");
            assertThat(ArabicText.normalize("ٱلله")).isEqualTo("الله");
        }

        @Test
        void foldsTaMarbutaToHa() {
            assertThat(ArabicText.normalize("فاطمة")).isEqualTo(ArabicText.normalize("فاطمه")).isEqualTo("فاطمه");
        }

        @Test
        void foldsAlefMaqsuraToYa() {
            assertThat(ArabicText.normalize("مصطفى")).isEqualTo(ArabicText.normalize("مصطفي")).isEqualTo("مصطفي");
        }

        @Test
        void foldsHamzaSeatsSoThatCommonSpellingsOfANameMeet() {
            assertThat(ArabicText.normalize("عائشة")).isEqualTo(ArabicText.normalize("عايشه")).isEqualTo("عايشه");
            assertThat(ArabicText.normalize("مؤمن")).isEqualTo("مومن");
        }

        @Test
        void removesTashkeelSuperscriptAlefAndTatweel() {
            assertThat(ArabicText.normalize("مُحَمَّدٌ")).isEqualTo("محمد");
            assertThat(ArabicText.normalize("رَحْمٰن")).isEqualTo("رحمن");
            assertThat(ArabicText.normalize("محـــمد")).isEqualTo("محمد");
        }

        @Test
        void removesInvisibleFormattingCharactersWithoutSplittingTheWord() {
            assertThat(ArabicText.normalize("مح\u200Fمد\u200C")).isEqualTo("محمد");
        }

        @Test
        void collapsesWhitespaceAndTrims() {
            assertThat(ArabicText.normalize("  مُحَمَّد   بن  عليّ ")).isEqualTo("محمد بن علي");
        }

        @Test
        void lowerCasesLatinAndTurnsHyphensIntoSpaces() {
            assertThat(ArabicText.normalize("Ahmed AL-Harbi")).isEqualTo("ahmed al harbi");
        }

        @Test
        void lowerCasesDottedCapitalIWithoutLeavingACombiningDot() {
            assertThat(ArabicText.normalize("İbrahim")).isEqualTo("ibrahim");
        }

        @Test
        void turnsPunctuationRunsIntoASingleSpace() {
            assertThat(ArabicText.normalize("أحمد،  (علي)! - الحربي؟")).isEqualTo("احمد علي الحربي");
        }

        @ParameterizedTest
        @CsvSource({
                "٠١٢٣٤٥٦٧٨٩, 0123456789",
                "۰۱۲۳۴۵۶۷۸۹, 0123456789",
                "هاتف ٠٥٥١٢٣٤٥٦٧, هاتف 0551234567"
        })
        void mapsArabicIndicDigitsToAscii(String text, String expected) {
            assertThat(ArabicText.normalize(text)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
                "عبد الله, عبدالله",
                "عبدالله, عبدالله",
                "عبد الرحمن, عبدالرحمن",
                "محمد عبد الله الحربي, محمد عبدالله الحربي",
                "عبدُ الله, عبدالله",
                "عبد-العزيز, عبدالعزيز"
        })
        void joinsAbdWithTheFollowingWord(String text, String expected) {
            assertThat(ArabicText.normalize(text)).isEqualTo(expected);
        }

        @Test
        void keepsAbdOnItsOwnWhenNoWordFollows() {
            assertThat(ArabicText.normalize("محمد عبد ")).isEqualTo("محمد عبد");
        }

        @Test
        void joinsOnlyTheWholeWordAbd() {
            assertThat(ArabicText.normalize("عبده علي")).isEqualTo("عبده علي");
            assertThat(ArabicText.normalize("سعبد علي")).isEqualTo("سعبد علي");
        }

        @Test
        void doesNotJoinAbu() {
            assertThat(ArabicText.normalize("ابو بكر")).isEqualTo("ابو بكر");
            assertThat(ArabicText.normalize("أبو بكر")).isEqualTo("ابو بكر");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", " - ، ", "\u0640\u064E"})
        void givesEmptyTextForNullAndTextWithoutLettersOrDigits(String text) {
            assertThat(ArabicText.normalize(text)).isEmpty();
        }

        @Test
        void isIdempotentOnGeneratedStrings() {
            Random random = new Random(20240611L);
            for (int i = 0; i < GENERATED_STRINGS; i++) {
                String text = randomMixedText(random);
                String once = ArabicText.normalize(text);
                assertThat(ArabicText.normalize(once)).as("normalising %s twice", text).isEqualTo(once);
            }
        }

        @Test
        void isIdempotentOnEveryCodePointAlone() {
            IntStream.rangeClosed(Character.MIN_CODE_POINT, Character.MAX_CODE_POINT)
                    .mapToObj(Character::toString)
                    .forEach(text -> {
                        String once = ArabicText.normalize(text);
                        assertThat(ArabicText.normalize(once)).as("U+%04X", text.codePointAt(0)).isEqualTo(once);
                    });
        }

        @Test
        void neverYieldsFoldedAwayCharactersOnGeneratedStrings() {
            Random random = new Random(7L);
            for (int i = 0; i < GENERATED_STRINGS; i++) {
                String text = randomMixedText(random);
                String normalized = ArabicText.normalize(text);
                assertThat(normalized.chars()).as("normalised %s", text)
                        .noneMatch(c -> FOLDED_AWAY.indexOf(c) >= 0);
            }
        }

        @Test
        void yieldsOnlyLowerCaseLettersDigitsAndSingleSpacesOnGeneratedStrings() {
            Random random = new Random(11L);
            for (int i = 0; i < GENERATED_STRINGS; i++) {
                String normalized = ArabicText.normalize(randomMixedText(random));
                assertThat(normalized).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
                assertThat(normalized.codePoints())
                        .allMatch(c -> c == ' ' || Character.isDigit(c)
                                || (Character.isLetter(c) && Character.toLowerCase(c) == c));
            }
        }
    }

    @Nested
    class Tokens {

        @Test
        void splitsTheNormalisedTextIntoWords() {
            assertThat(ArabicText.tokens("محم عبدالل")).containsExactly("محم", "عبدالل");
            assertThat(ArabicText.tokens("  مُحَمَّد   بن  عليّ ")).containsExactly("محمد", "بن", "علي");
        }

        @Test
        void keepsAbdCompoundsAsOneWord() {
            assertThat(ArabicText.tokens("عبد الله الحربي")).containsExactly("عبدالله", "الحربي");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "-،."})
        void isEmptyForTextWithoutWords(String text) {
            assertThat(ArabicText.tokens(text)).isEmpty();
        }

        @Test
        void joinedWithSpacesGivesTheNormalisedText() {
            Random random = new Random(3L);
            for (int i = 0; i < GENERATED_STRINGS; i++) {
                String text = randomMixedText(random);
                List<String> tokens = ArabicText.tokens(text);
                assertThat(tokens).allMatch(token -> !token.isEmpty() && !token.contains(" "));
                assertThat(String.join(" ", tokens)).isEqualTo(ArabicText.normalize(text));
            }
        }
    }

    @Nested
    class ToAsciiDigits {

        @Test
        void mapsBothArabicDigitSetsAndKeepsEverythingElse() {
            assertThat(ArabicText.toAsciiDigits("+٩٦٦ ۵۵-123 (أ)")).isEqualTo("+966 55-123 (أ)");
        }
    }

    private static String randomMixedText(Random random) {
        int length = random.nextInt(25);
        StringBuilder text = new StringBuilder(length + 8);
        for (int i = 0; i < length; i++) {
            // Seed the compound-name rule often enough to exercise it.
            if (random.nextInt(10) == 0) {
                text.append(" عبد ");
            } else {
                text.append(MIXED_ALPHABET.charAt(random.nextInt(MIXED_ALPHABET.length())));
            }
        }
        return text.toString();
    }
}
