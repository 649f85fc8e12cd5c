package sa.silah.satisfaction;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.casework.Casework;
import sa.silah.casework.NewRequest;
import sa.silah.casework.Priority;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
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
 * A department with a service, its manager and an officer, and a beneficiary reachable by SMS: what a
 * satisfaction test needs to close requests and answer their surveys, with names no other test uses.
 */
public final class SatisfactionFixture {

    public final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    public final Department department;
    public final String serviceCode;
    public final long serviceId;
    public final String officer;
    public final String manager;
    public final UUID beneficiary;

    private final Casework casework;

    public SatisfactionFixture(DepartmentManagement departments, ServiceCatalog services, StaffManagement staff,
            BeneficiaryRegistry registry, Casework casework) {
        this.casework = casework;
        department = departments.create("ST_" + suffix, "إدارة الرضا " + suffix, "Satisfaction " + suffix);
        serviceCode = "STS_" + suffix;
        serviceId = services.create(new ServiceDetails(serviceCode, "خدمة " + suffix, "Service " + suffix, null, null,
                department.getCode(), "P2D", List.of(), List.of(), true, true)).getId();
        officer = account(staff, "st-officer-" + suffix.toLowerCase(), Role.OFFICER);
        manager = account(staff, "st-manager-" + suffix.toLowerCase(), Role.MANAGER);
        beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "هند بنت سعد " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, null, null,
                null, null, TestData.mobile(), null, null, List.of())).getId();
    }

    private String account(StaffManagement staff, String username, Role role) {
        staff.create(new StaffAccount(username, "موظف " + username, username + "@association.example",
                department.getId(), Set.of(role)), TestAccounts.PASSWORD);
        return username;
    }

    /** A service request of the fixture's beneficiary, taken in by the officer. */
    public Request request() {
        return casework.submit(new NewRequest(beneficiary, RequestKind.SERVICE, Channel.INTERVIEW, serviceCode,
                "طلب سلة غذائية", null, Priority.NORMAL, null, null, null, null), casework.caseworker(officer));
    }

    /** A request of the fixture's beneficiary, taken in and resolved by the officer. */
    public Request resolvedRequest() {
        Request request = request();
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, null, casework.caseworker(officer));
        return casework.changeStatus(request.getReferenceNumber(), RequestStatus.RESOLVED, null,
                casework.caseworker(officer));
    }
}
