package sa.silah.satisfaction;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
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
 * What a satisfaction test needs, with names no other test uses: a department with a service (named
 * "خدمة الرضا"/"Satisfaction service" and the suffix) and its own manager, a second department with its own
 * manager, the common test officer, and a beneficiary reachable by SMS only; requests of theirs, resolved ones
 * with the invitation their closure sends, and surveys answered the way a beneficiary answers by link.
 */
public final class SatisfactionFixture {

    public final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    public final Department department;
    public final Department otherDepartment;
    public final String serviceCode;
    public final long serviceId;
    /** The common test officer, of no department: officers see the requests of every department. */
    public final String officer;
    /** The only manager of {@link #department}, with an email address, so told of its follow-ups twice. */
    public final String manager;
    /** A manager of {@link #otherDepartment}, who sees none of {@link #department}'s follow-ups. */
    public final String otherManager;
    /** The common test STAFF account, of no department, so it sees none of the fixture's requests. */
    public final String staffMember;
    public final String beneficiaryName;
    /** Reachable by SMS only, so each message to them is exactly one notification. */
    public final UUID beneficiary;

    private final BeneficiaryRegistry registry;
    private final Casework casework;
    private final Satisfaction satisfaction;

    public SatisfactionFixture(DepartmentManagement departments, ServiceCatalog services, StaffManagement staff,
            BeneficiaryRegistry registry, Casework casework, Satisfaction satisfaction) {
        this.registry = registry;
        this.casework = casework;
        this.satisfaction = satisfaction;
        department = departments.create("SF_A_" + suffix, "إدارة الرضا أ " + suffix, "Satisfaction A " + suffix);
        otherDepartment = departments.create("SF_B_" + suffix, "إدارة الرضا ب " + suffix, "Satisfaction B " + suffix);
        serviceCode = "SFS_" + suffix;
        serviceId = services.create(new ServiceDetails(serviceCode, "خدمة الرضا " + suffix,
                "Satisfaction service " + suffix, null, null, department.getCode(), "P2D", List.of(), List.of(), true,
                true)).getId();
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        manager = manager(staff, "sf-manager-" + suffix.toLowerCase(), department);
        otherManager = manager(staff, "sf-other-manager-" + suffix.toLowerCase(), otherDepartment);
        staffMember = TestAccounts.ensure(staff, Role.STAFF);
        beneficiaryName = "هيا بنت سعد " + TestData.uniqueWord();
        beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, beneficiaryName, null,
                TestData.nationalId('1'), null, null, null, null, null, null, null, TestData.mobile(), null, null,
                List.of())).getId();
    }

    /** A new person reachable by SMS and email who reads in this language. */
    public UUID beneficiary(String language) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "نورة " + TestData.uniqueWord(),
                null, TestData.nationalId('1'), null, null, null, null, null, null, null, TestData.mobile(),
                "n" + System.nanoTime() + "@example.org", null, List.of(), language, Set.of())).getId();
    }

    /** A request of the fixture's service for its beneficiary, taken in by the officer. */
    public Request request() {
        return request(beneficiary);
    }

    /** A request of the fixture's service for this beneficiary, taken in by the officer. */
    public Request request(UUID beneficiary) {
        return casework.submit(new NewRequest(beneficiary, RequestKind.SERVICE, Channel.PHONE, serviceCode,
                "طلب مساعدة " + suffix, null, Priority.NORMAL, null, null, null, null), caseworker());
    }

    /** A request of the fixture's beneficiary, taken in and resolved by the officer. */
    public Request resolvedRequest() {
        return resolve(request());
    }

    /** A request resolved for the beneficiary, once the invitation its closure sends after the commit exists. */
    public Invitation resolvedWithInvitation(UUID beneficiary) {
        Request request = resolve(request(beneficiary));
        await().atMost(Duration.ofSeconds(20)).until(() -> !satisfaction.invitationsOf(request.getId()).isEmpty());
        return satisfaction.invitationsOf(request.getId()).get(0);
    }

    /** The beneficiary answers the survey of a request, with their name, as if it had just closed. */
    public SurveyResponse answer(Request request, Map<String, String> answers) {
        Invitation invitation = satisfaction.inviteOnClosure(request.getId(), officer).orElseThrow();
        return satisfaction.answer(invitation.getToken(), answers, false);
    }

    public Caseworker caseworker() {
        return casework.caseworker(officer);
    }

    private Request resolve(Request request) {
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, null, caseworker());
        return casework.changeStatus(request.getReferenceNumber(), RequestStatus.RESOLVED, null, caseworker());
    }

    private static String manager(StaffManagement staff, String username, Department department) {
        staff.create(new StaffAccount(username, "مدير " + username, username + "@association.example",
                department.getId(), Set.of(Role.MANAGER)), TestAccounts.PASSWORD);
        return username;
    }
}
