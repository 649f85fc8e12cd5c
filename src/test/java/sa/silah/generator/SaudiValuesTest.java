package sa.silah.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import sa.silah.beneficiary.NationalId;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.shared.ArabicText;

class SaudiValuesTest {

    @Test
    void nationalIdsAreValidAndDistinctForDistinctSequenceNumbers() {
        Set<String> seen = new HashSet<>();
        for (long sequence = 0; sequence < 200_000; sequence++) {
            String citizen = SaudiValues.nationalId(sequence, false);
            String resident = SaudiValues.nationalId(sequence, true);
            assertThat(NationalId.isValid(citizen)).as(citizen).isTrue();
            assertThat(NationalId.of(resident).isCitizen()).as(resident).isFalse();
            assertThat(seen.add(citizen) && seen.add(resident)).as("unique at %d", sequence).isTrue();
        }
        assertThat(citizenFirstDigits()).containsExactly('1');
    }

    private static Set<Character> citizenFirstDigits() {
        Set<Character> first = new HashSet<>();
        for (long sequence = 0; sequence < 1000; sequence++) {
            first.add(SaudiValues.nationalId(sequence, false).charAt(0));
        }
        return first;
    }

    @Test
    void registrationNumbersAreDistinct() {
        Set<String> seen = new HashSet<>();
        for (long sequence = 0; sequence < 100_000; sequence++) {
            assertThat(seen.add(SaudiValues.registrationNumber(sequence))).isTrue();
        }
    }

    @Test
    void mobilesAreSaudiMobilesInTheirCanonicalForm() {
        SaudiValues values = new SaudiValues(new Random(7));
        for (int i = 0; i < 20_000; i++) {
            String mobile = values.mobile();
            assertThat(SaudiMobile.parse(mobile).e164()).isEqualTo(mobile);
        }
    }

    @Test
    void namesAreArabicFiveWordNamesThatTheSearchKeyKeeps() {
        SaudiValues values = new SaudiValues(new Random(7));
        for (int i = 0; i < 1000; i++) {
            SaudiValues.PersonName name = values.personName();
            assertThat(name.fullName()).contains(name.male() ? " بن " : " بنت ").endsWith(name.family());
            assertThat(ArabicText.tokens(name.fullName())).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        SaudiValues first = new SaudiValues(new Random(42));
        SaudiValues second = new SaudiValues(new Random(42));
        for (int i = 0; i < 100; i++) {
            assertThat(second.personName()).isEqualTo(first.personName());
            assertThat(second.mobile()).isEqualTo(first.mobile());
        }
    }

    @Test
    void optionsAreReadFromTheCommandLine() {
        GeneratorOptions options = GeneratorOptions.parse(List.of("generate", "--beneficiaries", "1_000_000",
                "--requests=2000000", "--seed", "9", "--append", "--spring.profiles.active=postgres"));
        assertThat(options).isEqualTo(new GeneratorOptions(1_000_000, 2_000_000, 9, GeneratorOptions.DEFAULT_BATCH,
                true));
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorOptions.parse(List.of("--people", "3")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GeneratorOptions.parse(List.of("--beneficiaries", "0", "--requests", "5")));
    }
}
