package sa.silah.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;
import sa.silah.shared.Dates;
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.test.TestData;

/** A department with a service and a member of staff, and beneficiaries with the contacts a test needs. */
final class NotificationFixture {

    final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    final Department department;
    final String serviceCode;
    final String serviceName;
    final String staffMember;
    final String staffEmail;

    private final BeneficiaryRegistry registry;

    NotificationFixture(DepartmentManagement departments, ServiceCatalog services, StaffManagement staff,
            BeneficiaryRegistry registry) {
        this.registry = registry;
        department = departments.create("NT_" + suffix, "إدارة الإشعارات " + suffix, "Notifications " + suffix);
        serviceCode = "NTS_" + suffix;
        serviceName = "سلة غذائية " + suffix;
        services.create(new ServiceDetails(serviceCode, serviceName, "Food basket " + suffix, null, null,
                department.getCode(), "P2D", List.of(), List.of(), true, true));
        staffMember = "notify-" + suffix.toLowerCase();
        staffEmail = staffMember + "@association.example";
        staff.create(new StaffAccount(staffMember, "موظف " + suffix, staffEmail, department.getId(), Set.of(Role.STAFF)),
                "staff-password-for-tests");
    }

    /** A person with these contacts, preferences and language. */
    UUID beneficiary(String mobile, String email, ContactChannel preferred, String language, Set<ContactChannel> optOuts) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "نورة " + TestData.uniqueWord(), null,
                TestData.nationalId('1'), null, null, null, null, null, null, null, mobile, email, preferred, List.of(),
                language, optOuts)).getId();
    }

    UUID smsBeneficiary() {
        return beneficiary(TestData.mobile(), null, null, null, Set.of());
    }

    /** That many days from today at this Riyadh time. */
    static Instant riyadh(int daysFromToday, int hour, int minute) {
        return LocalDate.now(Dates.RIYADH).plusDays(daysFromToday).atTime(LocalTime.of(hour, minute))
                .atZone(Dates.RIYADH).toInstant();
    }
}
