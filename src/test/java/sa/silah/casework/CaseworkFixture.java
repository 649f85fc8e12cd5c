package sa.silah.casework;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * Two departments of their own, each with a service and staff, an officer and a manager, and a reachable
 * beneficiary: what a casework test needs, with names no other test uses.
 */
final class CaseworkFixture {

    final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    final Department departmentA;
    final Department departmentB;
    final String serviceA;
    final String serviceB;
    final String officer;
    final String staffA;
    final String staffB;
    final String managerA;
    final UUID beneficiary;

    CaseworkFixture(DepartmentManagement departments, ServiceCatalog services, StaffManagement staff,
            BeneficiaryRegistry registry) {
        departmentA = departments.create("CW_A_" + suffix, "إدارة أ " + suffix, "Department A " + suffix);
        departmentB = departments.create("CW_B_" + suffix, "إدارة ب " + suffix, "Department B " + suffix);
        serviceA = services.create(service("CWA_" + suffix, departmentA.getCode(), "P2D")).getCode();
        serviceB = services.create(service("CWB_" + suffix, departmentB.getCode(), "PT4H")).getCode();
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        staffA = account(staff, "staff-a-" + suffix.toLowerCase(), departmentA, Role.STAFF);
        staffB = account(staff, "staff-b-" + suffix.toLowerCase(), departmentB, Role.STAFF);
        managerA = account(staff, "manager-a-" + suffix.toLowerCase(), departmentA, Role.MANAGER);
        beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "سارة بنت فهد " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, null, null,
                null, null, TestData.mobile(), null, null, List.of())).getId();
    }

    UUID unreachableBeneficiary(BeneficiaryRegistry registry) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "مها " + TestData.uniqueWord(),
                null, null, null, null, null, null, null, null, null, null, null, null, List.of())).getId();
    }

    private static ServiceDetails service(String code, String department, String duration) {
        return new ServiceDetails(code, "خدمة " + code, "Service " + code, null, null, department, duration,
                List.of(), List.of(), true, true);
    }

    private static String account(StaffManagement staff, String username, Department department, Role role) {
        staff.create(new StaffAccount(username, "موظف " + username, null, department.getId(), Set.of(role)),
                TestAccounts.PASSWORD);
        return username;
    }
}
