package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
import sa.silah.casework.Caseworker;
import sa.silah.casework.Casework;
import sa.silah.casework.Direction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.NewInteraction;
import sa.silah.casework.NewRequest;
import sa.silah.casework.RequestKind;
import sa.silah.letters.LetterDirection;
import sa.silah.letters.LetterRegister;
import sa.silah.letters.NewLetter;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.PersonalIdentifiers;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.TestAccounts;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/** Erasing a beneficiary's record: what is forgotten, what is kept, and the legal hold that stops it. */
@IntegrationTest
class PersonalDataErasureIT {

    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    PersonalDataErasure erasure;
    @Autowired
    Casework casework;
    @Autowired
    LetterRegister letters;
    @Autowired
    StaffManagement staff;

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

    @Test
    void noNewRequestContactOrLetterIsRecordedForAnErasedPerson() {
        Beneficiary erased = erasure.erase(registerWithChild().getId());
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        Caseworker caseworker = casework.caseworker(officer);

        assertRefusedOnBeneficiary(() -> casework.submit(new NewRequest(erased.getId(), RequestKind.INQUIRY,
                Channel.PHONE, null, "استفسار", null, null, null, null, null, "لا وسيلة"), caseworker));
        assertRefusedOnBeneficiary(() -> casework.recordInteraction(erased.getId(), new NewInteraction(Channel.PHONE,
                InteractionType.CALL, Direction.INBOUND, "اتصال", false, null, null, null, null, null, null),
                caseworker));
        assertRefusedOnBeneficiary(() -> letters.register(new NewLetter(LetterDirection.INCOMING,
                LocalDate.now(Dates.RIYADH), "جهة", "خطاب", null, "ar", null, erased.getId(), null), officer));
    }

    private static void assertRefusedOnBeneficiary(ThrowingCallable recording) {
        assertThatThrownBy(recording).isInstanceOfSatisfying(InvalidFieldsException.class,
                invalid -> assertThat(invalid.problems()).extracting(problem -> problem.field())
                        .contains("beneficiaryId"));
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
