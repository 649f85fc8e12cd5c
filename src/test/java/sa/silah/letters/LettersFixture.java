package sa.silah.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.casework.Casework;
import sa.silah.casework.NewRequest;
import sa.silah.casework.RequestKind;
import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * What a letters test needs, with names no other test uses: an officer, a member of staff of another
 * department, a beneficiary with a request for a service of their own department, and a second beneficiary.
 */
final class LettersFixture {

    final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    final String officer;
    final String otherDepartmentStaff;
    final String beneficiaryName = "سارة بنت فهد " + TestData.uniqueWord();
    final UUID beneficiary;
    final UUID otherBeneficiary;
    final String serviceName;
    final String request;

    LettersFixture(DepartmentManagement departments, ServiceCatalog services, StaffManagement staff,
            BeneficiaryRegistry registry, Casework casework) {
        Department department = departments.create("LT_A_" + suffix, "إدارة الخطابات " + suffix, "Letters A " + suffix);
        Department other = departments.create("LT_B_" + suffix, "إدارة أخرى " + suffix, "Letters B " + suffix);
        serviceName = "السلة الغذائية " + suffix;
        String service = services.create(new ServiceDetails("LTS_" + suffix, serviceName, "Food basket " + suffix, null,
                null, department.getCode(), "P2D", List.of(), List.of(), true, true)).getCode();
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        otherDepartmentStaff = "letters-staff-" + suffix.toLowerCase();
        staff.create(new StaffAccount(otherDepartmentStaff, "موظف " + suffix, null, other.getId(), Set.of(Role.STAFF)),
                TestAccounts.PASSWORD);
        beneficiary = person(registry, beneficiaryName);
        otherBeneficiary = person(registry, "مها " + TestData.uniqueWord());
        request = casework.submit(new NewRequest(beneficiary, RequestKind.SERVICE, Channel.LETTER, service,
                "طلب سلة غذائية", null, null, null, null, null, null), casework.caseworker(officer)).getReferenceNumber();
    }

    NewLetter incoming(String subject) {
        return new NewLetter(LetterDirection.INCOMING, LocalDate.now(Dates.RIYADH), "وزارة الموارد البشرية", subject,
                null, null, null, null, null);
    }

    NewLetter outgoingAbout(String subject, UUID beneficiaryId, String requestReference) {
        return new NewLetter(LetterDirection.OUTGOING, LocalDate.now(Dates.RIYADH), beneficiaryName, subject,
                "نفيدكم بأن طلبكم قيد الدراسة.", "ar", "GENERAL", beneficiaryId, requestReference);
    }

    private static UUID person(BeneficiaryRegistry registry, String name) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, name, null, TestData.nationalId('1'),
                null, null, null, null, null, null, null, TestData.mobile(), null, null, List.of())).getId();
    }
}
