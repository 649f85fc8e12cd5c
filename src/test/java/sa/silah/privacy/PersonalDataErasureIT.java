package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.Gender;
import sa.silah.beneficiary.HouseholdMemberDetails;
import sa.silah.beneficiary.LegalHoldException;
import sa.silah.beneficiary.Relation;
import sa.silah.shared.PersonalIdentifiers;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/** Erasing a beneficiary's record: what is forgotten, what is kept, and the legal hold that stops it. */
@IntegrationTest
class PersonalDataErasureIT {

    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    PersonalDataErasure erasure;

    @Test
    void forgetsWhoThePersonIsAndKeepsWhatTheStatisticsCount() {
        Beneficiary person = registerWithChild();

        Beneficiary erased = erasure.erase(person.getId());

        assertThat(erased.isAnonymised()).isTrue();
        assertThat(erased.getFullName()).isEqualTo(PersonalIdentifiers.ERASED);
        assertThat(List.of(erased.getNationalId() == null, erased.getMobile() == null, erased.getEmail() == null,
                erased.getBirthDate() == null, erased.getLatinName() == null)).containsOnly(true);
        assertThat(erased.getGender()).isEqualTo(Gender.FEMALE);
        assertThat(erased.getCity()).isEqualTo("الرياض");
        assertThat(erased.householdSize()).isEqualTo(2);
        assertThat(erased.dependents()).isEqualTo(1);
        assertThat(erased.getHouseholdMembers().get(0).getNationalId()).isNull();
        assertThat(erased.identifiers().searchTerms()).isEmpty();
    }

    @Test
    void aLegalHoldStopsTheErasureBeforeAnythingChangesUntilItIsReleased() {
        Beneficiary person = registerWithChild();
        registry.placeLegalHold(person.getId(), "قضية منظورة أمام المحكمة");

        assertThatThrownBy(() -> erasure.erase(person.getId())).isInstanceOf(LegalHoldException.class);
        Beneficiary kept = registry.find(person.getId()).orElseThrow();
        assertThat(kept.isAnonymised()).isFalse();
        assertThat(kept.getFullName()).isEqualTo(person.getFullName());

        registry.releaseLegalHold(person.getId());
        assertThat(erasure.erase(person.getId()).isAnonymised()).isTrue();
    }

    @Test
    void erasingTwiceChangesNothingMore() {
        Beneficiary person = registerWithChild();
        Beneficiary first = erasure.erase(person.getId());

        Beneficiary second = erasure.erase(person.getId());

        assertThat(second.getAnonymisedAt()).isEqualTo(first.getAnonymisedAt());
    }

    private Beneficiary registerWithChild() {
        Beneficiary person = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "هيا " + TestData.uniqueWord(), "Haya Test", TestData.nationalId('1'), Gender.FEMALE,
                LocalDate.of(1985, 3, 1), "SA", "الرياض", null, null, null, TestData.mobile(), "haya@example.sa", null,
                List.of()));
        registry.addHouseholdMember(person.getId(), new HouseholdMemberDetails("سارة " + TestData.uniqueWord(),
                Relation.DAUGHTER, LocalDate.of(2015, 1, 1), TestData.nationalId('1'), true));
        return person;
    }
}
