package sa.silah.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

class BeneficiaryDetailsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static BeneficiaryDetails person(String nationalId, String nationality, String mobile, String email,
            ContactChannel channel, LocalDate birthDate) {
        return new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "  أحمد   بن علي  ", null, nationalId, Gender.MALE,
                birthDate, nationality, null, null, null, null, mobile, email, channel, List.of(" ORPHANS ", ""));
    }

    @Test
    void cleansAndParsesAPerson() {
        var checked = person("1000000008", null, "٠٥٥١٢٣٤٥٦٧", "A@Example.org", null, null).check(TODAY);
        assertThat(checked.fullName()).isEqualTo("أحمد بن علي");
        assertThat(checked.nationalId().value()).isEqualTo("1000000008");
        assertThat(checked.nationality()).as("a citizen ID implies Saudi nationality").isEqualTo("SA");
        assertThat(checked.mobile().e164()).isEqualTo("+966551234567");
        assertThat(checked.email()).isEqualTo("a@example.org");
        assertThat(checked.preferredChannel()).isEqualTo(ContactChannel.SMS);
        assertThat(checked.segmentCodes()).containsExactly("ORPHANS");
    }

    @Test
    void collectsEveryProblemAtOnce() {
        var details = new BeneficiaryDetails(null, " ", null, null, null, null, null, null, null, null, null,
                "0521234567", "nope", null, List.of());
        assertThat(problems(details)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("type", "fullName", "mobile", "email");
    }

    @Test
    void refusesAForeignNationalityForACitizenId() {
        assertThat(problems(person("1000000008", "EG", null, null, null, null))).containsExactly(
                new FieldProblem("nationality", "beneficiary.nationality.citizenMismatch"));
        assertThat(problems(person("2000000006", "XX", null, null, null, null))).containsExactly(
                new FieldProblem("nationality", "beneficiary.nationality.invalid"));
    }

    @Test
    void refusesABirthDateInTheFuture() {
        assertThat(problems(person(null, null, null, null, null, TODAY.plusDays(1)))).containsExactly(
                new FieldProblem("birthDate", "beneficiary.birthDate.invalid"));
    }

    @Test
    void refusesAPreferredChannelWithoutItsContact() {
        assertThat(problems(person(null, null, null, "a@example.org", ContactChannel.WHATSAPP, null))).containsExactly(
                new FieldProblem("preferredChannel", "beneficiary.preferredChannel.unreachable"));
        assertThat(problems(person(null, null, "0551234567", null, ContactChannel.EMAIL, null))).containsExactly(
                new FieldProblem("preferredChannel", "beneficiary.preferredChannel.unreachable"));
    }

    @Test
    void anOrganisationNeedsItsKindAndRegistrationNumberAndDropsPersonalFields() {
        var missing = new BeneficiaryDetails(BeneficiaryType.ORGANIZATION, "وقف الخير", null, "1000000008",
                Gender.MALE, TODAY.minusYears(30), "SA", null, null, null, null, null, null, null, List.of());
        assertThat(problems(missing)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("organizationType", "registrationNumber");

        var waqf = new BeneficiaryDetails(BeneficiaryType.ORGANIZATION, "وقف الخير", null, "1000000008",
                Gender.MALE, TODAY.minusYears(30), "SA", null, OrganizationType.WAQF, " W-١٢٣٤٥ ", "ناظر", null,
                null, null, List.of()).check(TODAY);
        assertThat(waqf.registrationNumber()).isEqualTo("W-12345");
        assertThat(waqf.nationalId()).isNull();
        assertThat(waqf.gender()).isNull();
        assertThat(waqf.birthDate()).isNull();
    }

    private static List<FieldProblem> problems(BeneficiaryDetails details) {
        try {
            details.check(TODAY);
            return List.of();
        }
        catch (InvalidFieldsException invalid) {
            return invalid.problems();
        }
    }
}
