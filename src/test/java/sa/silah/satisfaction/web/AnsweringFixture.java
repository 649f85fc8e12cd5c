package sa.silah.satisfaction.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.NewRequest;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;
import sa.silah.satisfaction.Invitation;
import sa.silah.satisfaction.Satisfaction;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * A department with a service of its own, an officer and a manager, and requests resolved for reachable
 * beneficiaries, each with the invitation its closure sends after the commit.
 */
final class AnsweringFixture {

    final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    final Department department;
    final String serviceCode;
    final String officer;
    final String manager;
    final String staffMember;

    private final Casework casework;
    private final BeneficiaryRegistry registry;
    private final Satisfaction satisfaction;

    AnsweringFixture(DepartmentManagement departments, ServiceCatalog services, StaffManagement staff,
            BeneficiaryRegistry registry, Casework casework, Satisfaction satisfaction) {
        this.casework = casework;
        this.registry = registry;
        this.satisfaction = satisfaction;
        department = departments.create("SA_" + suffix, "إدارة الرضا " + suffix, "Satisfaction " + suffix);
        serviceCode = "SAS_" + suffix;
        services.create(new ServiceDetails(serviceCode, "سلة غذائية " + suffix, "Food basket " + suffix, null, null,
                department.getCode(), "P2D", List.of(), List.of(), true, true));
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        manager = TestAccounts.ensure(staff, Role.MANAGER);
        staffMember = TestAccounts.ensure(staff, Role.STAFF);
    }

    /** A person reachable by SMS and email who reads in this language. */
    UUID beneficiary(String language) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "نورة " + TestData.uniqueWord(),
                null, TestData.nationalId('1'), null, null, null, null, null, null, null, TestData.mobile(),
                "n" + System.nanoTime() + "@example.org", null, List.of(), language, Set.of())).getId();
    }

    Request submit(UUID beneficiary) {
        return casework.submit(new NewRequest(beneficiary, RequestKind.SERVICE, Channel.PHONE, serviceCode,
                "طلب سلة غذائية", null, null, null, null, null, null), caseworker());
    }

    /** A request resolved for the beneficiary, once its closure's invitation exists. */
    Invitation resolvedWithInvitation(UUID beneficiary) {
        Request request = submit(beneficiary);
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, null, caseworker());
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.RESOLVED, null, caseworker());
        await().atMost(Duration.ofSeconds(20)).until(() -> !satisfaction.invitationsOf(request.getId()).isEmpty());
        return satisfaction.invitationsOf(request.getId()).get(0);
    }

    Caseworker caseworker() {
        return casework.caseworker(officer);
    }
}
