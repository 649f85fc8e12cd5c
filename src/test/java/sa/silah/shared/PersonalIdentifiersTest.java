package sa.silah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PersonalIdentifiersTest {

    private final PersonalIdentifiers person = new PersonalIdentifiers(UUID.randomUUID(),
            Set.of("نورة عبدالله القحطاني", "Noura Alqahtani"), Set.of("1012345678"), Set.of("+966551234567"),
            Set.of("noura@example.sa"));

    @Test
    void blanksEveryFormOfAMobileANameAndAnEmailInAnyCase() {
        String text = "اتصلت نورة عبدالله القحطاني من 0551234567 ثم من 966551234567 وكتبت إلى NOURA@example.sa"
                + " and noura alqahtani";

        String blanked = person.blank(text);

        assertThat(blanked).doesNotContain("القحطاني", "551234567", "example.sa").containsIgnoringCase("اتصلت")
                .doesNotContainIgnoringCase("alqahtani");
        assertThat(person.mentionedIn(text)).isTrue();
        assertThat(person.mentionedIn(blanked)).isFalse();
    }

    @Test
    void leavesTextsThatDoNotNameThePersonAndNull() {
        assertThat(person.blank("طلب سلة غذائية")).isEqualTo("طلب سلة غذائية");
        assertThat(person.blank(null)).isNull();
        assertThat(person.mentionedIn(null)).isFalse();
    }

    @Test
    void ignoresBlankAndTooShortValuesThatWouldMatchUnrelatedWords() {
        PersonalIdentifiers sparse = new PersonalIdentifiers(UUID.randomUUID(), Set.of(" ", "لا"), Set.of(),
                Set.of(), Set.of());

        assertThat(sparse.searchTerms()).isEmpty();
        assertThat(sparse.blank("لا بأس")).isEqualTo("لا بأس");
    }

    @Test
    void givesEachMobileInTheFormsAColumnMayHoldIt() {
        assertThat(person.mobileForms()).containsExactlyInAnyOrder("+966551234567", "966551234567", "0551234567",
                "551234567");
    }

    @Test
    void givesTheValuesAsASearchKeyHoldsThem() {
        PersonalIdentifiers withHamza = new PersonalIdentifiers(UUID.randomUUID(), Set.of("أحمد إبراهيم"), Set.of(),
                Set.of(), Set.of("Ahmad@Example.SA"));

        String searchKey = ArabicText.normalize("خطاب من أحمد إبراهيم Ahmad@Example.SA");

        assertThat(withHamza.normalized().names()).containsExactly("احمد ابراهيم");
        assertThat(withHamza.normalized().blank(searchKey)).startsWith("خطاب من ")
                .doesNotContain("ابراهيم", "ahmad", "example");
    }
}
