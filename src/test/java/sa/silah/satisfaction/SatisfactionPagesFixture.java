package sa.silah.satisfaction;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.casework.Casework;
import sa.silah.casework.NewRequest;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * Two departments of their own, a service in the first, a manager of each, an officer and a reachable
 * beneficiary; and answered surveys about the beneficiary's requests, the way a beneficiary answers by link.
 */
final class SatisfactionPagesFixture {

    final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    final Department departmentA;
    final Department departmentB;
    final String serviceCode;
    final long serviceId;
    final String officer;
    final String managerA;
    final String managerB;
    final UUID beneficiary;
    final String beneficiaryName;

    private final Casework casework;
    private final Satisfaction satisfaction;

    SatisfactionPagesFixture(DepartmentManagement departments, ServiceCatalog services, StaffManagement staff,
            BeneficiaryRegistry registry, Casework casework, Satisfaction satisfaction) {
        this.casework = casework;
        this.satisfaction = satisfaction;
        departmentA = departments.create("SF_A_" + suffix, "إدارة الرضا أ " + suffix, "Satisfaction A " + suffix);
        departmentB = departments.create("SF_B_" + suffix, "إدارة الرضا ب " + suffix, "Satisfaction B " + suffix);
        serviceCode = "SFS_" + suffix;
        serviceId = services.create(new ServiceDetails(serviceCode, "خدمة الرضا " + suffix, "Satisfaction service " + suffix,
                null, null, departmentA.getCode(), "P2D", List.of(), List.of(), true, true)).getId();
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        managerA = account(staff, "sf-manager-a-" + suffix.toLowerCase(), departmentA, Role.MANAGER);
        managerB = account(staff, "sf-manager-b-" + suffix.toLowerCase(), departmentB, Role.MANAGER);
        beneficiaryName = "هيا بنت سعد " + TestData.uniqueWord();
        beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, beneficiaryName, null,
                TestData.nationalId('1'), null, null, null, null, null, null, null, TestData.mobile(), null, null,
                List.of())).getId();
    }

    /** A request of the fixture's service for its beneficiary. */
    Request request() {
        return casework.submit(new NewRequest(beneficiary, RequestKind.SERVICE, Channel.PHONE, serviceCode,
                "طلب مساعدة " + suffix, null, null, null, null, null, null), casework.caseworker(officer));
    }

    /** The beneficiary answers the survey of a request, with their name, as if it had just closed. */
    SurveyResponse answer(Request request, Map<String, String> answers) {
        Invitation invitation = satisfaction.inviteOnClosure(request.getId(), officer).orElseThrow();
        return satisfaction.answer(invitation.getToken(), answers, false);
    }

    private static String account(StaffManagement staff, String username, Department department, Role role) {
        staff.create(new StaffAccount(username, "مدير " + username, null, department.getId(), Set.of(role)),
                TestAccounts.PASSWORD);
        return username;
    }
}
