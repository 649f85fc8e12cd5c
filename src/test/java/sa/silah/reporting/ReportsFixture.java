package sa.silah.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.Segment;
import sa.silah.beneficiary.SegmentCatalog;
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
import sa.silah.catalog.ServiceOffering;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * A known set of requests in a department of its own, most of them moved to March 2025 so that no other test's
 * requests share their period. The figures the tests expect are worked out by hand from this table:
 *
 * <pre>
 * #  kind        service channel       beneficiary      status       business minutes  within due  day
 * 1  SERVICE     one     INTERVIEW     inGroup          RESOLVED     60 (1 h)           yes         10 March
 * 2  SERVICE     one     PHONE         inGroup          RESOLVED     200 (4 h)          no          10 March
 * 3  SERVICE     two     PHONE         inBoth           RESOLVED     479 (8 h)          yes         10 March
 * 4  SERVICE     two     WEBSITE       inBoth           REJECTED     -                  -           10 March
 * 5  COMPLAINT   one     PHONE         outside          IN_PROGRESS  -                  -           11 March, breached
 * 6  SUGGESTION  two     LETTER        outside          SUBMITTED    -                  -           10 March
 * 7  INQUIRY     one     SOCIAL_MEDIA  inGroup          RESOLVED     30 (1 h)           yes         10 March
 * 8  SERVICE     one     PHONE         outside          SUBMITTED    -                  -           today
 * </pre>
 * {@code inGroup} is in segment {@code group}; {@code inBoth} in {@code group} and {@code other}; {@code outside}
 * in none.
 */
public final class ReportsFixture {

    public static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);
    public static final LocalDate MARCH_11 = LocalDate.of(2025, 3, 11);

    public final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    public final Department department;
    public final ServiceOffering serviceOne;
    public final ServiceOffering serviceTwo;
    public final Segment group;
    public final Segment other;
    public final UUID inGroup;
    public final UUID inBoth;
    public final UUID outside;
    public final List<Request> requests = new ArrayList<>();
    private final Caseworker officer;
    private final Casework casework;

    /** A new set of the known requests, made through the application's own services. */
    public static ReportsFixture in(ApplicationContext context) {
        return new ReportsFixture(context.getBean(DepartmentManagement.class), context.getBean(ServiceCatalog.class),
                context.getBean(StaffManagement.class), context.getBean(BeneficiaryRegistry.class),
                context.getBean(SegmentCatalog.class), context.getBean(Casework.class), context.getBean(JdbcClient.class));
    }

    private ReportsFixture(DepartmentManagement departments, ServiceCatalog services, StaffManagement staff,
            BeneficiaryRegistry registry, SegmentCatalog segments, Casework casework, JdbcClient jdbc) {
        this.casework = casework;
        department = departments.create("RP_" + suffix, "إدارة التقارير " + suffix, "Reports " + suffix);
        serviceOne = services.create(service("RP1_" + suffix));
        serviceTwo = services.create(service("RP2_" + suffix));
        group = segments.create("RPG_" + suffix, "فئة التقارير " + suffix, "Reports group " + suffix, 98);
        other = segments.create("RPO_" + suffix, "فئة أخرى " + suffix, "Other group " + suffix, 99);
        inGroup = beneficiary(registry, List.of(group.getCode()));
        inBoth = beneficiary(registry, List.of(group.getCode(), other.getCode()));
        outside = beneficiary(registry, List.of());
        officer = casework.caseworker(TestAccounts.ensure(staff, Role.OFFICER));

        submit(RequestKind.SERVICE, serviceOne, Channel.INTERVIEW, inGroup, RequestStatus.RESOLVED);
        submit(RequestKind.SERVICE, serviceOne, Channel.PHONE, inGroup, RequestStatus.RESOLVED);
        submit(RequestKind.SERVICE, serviceTwo, Channel.PHONE, inBoth, RequestStatus.RESOLVED);
        submit(RequestKind.SERVICE, serviceTwo, Channel.WEBSITE, inBoth, RequestStatus.REJECTED);
        submit(RequestKind.COMPLAINT, serviceOne, Channel.PHONE, outside, RequestStatus.IN_PROGRESS);
        submit(RequestKind.SUGGESTION, serviceTwo, Channel.LETTER, outside, RequestStatus.SUBMITTED);
        submit(RequestKind.INQUIRY, serviceOne, Channel.SOCIAL_MEDIA, inGroup, RequestStatus.RESOLVED);
        submit(RequestKind.SERVICE, serviceOne, Channel.PHONE, outside, RequestStatus.SUBMITTED);

        // The times a real year would have given them; the day marks stand for the events of such changes.
        timed(jdbc, 0, MARCH_10, 60, true);
        timed(jdbc, 1, MARCH_10, 200, false);
        timed(jdbc, 2, MARCH_10, 479, true);
        moved(jdbc, 3, MARCH_10);
        moved(jdbc, 4, MARCH_11);
        jdbc.sql("update request set sla_state = 'BREACHED' where id = :id").param("id", requests.get(4).getId()).update();
        moved(jdbc, 5, MARCH_10);
        timed(jdbc, 6, MARCH_10, 30, true);
        for (LocalDate day : List.of(MARCH_10, MARCH_11, LocalDate.now(Dates.RIYADH))) {
            jdbc.sql("insert into report_change (report_day) values (:day)").param("day", day).update();
        }
    }

    public Request request(int number) {
        return requests.get(number - 1);
    }

    public Caseworker officer() {
        return officer;
    }

    private void submit(RequestKind kind, ServiceOffering service, Channel channel, UUID beneficiary,
            RequestStatus status) {
        Request request = casework.submit(new NewRequest(beneficiary, kind, channel, service.getCode(),
                "طلب " + TestData.uniqueWord(), null, Priority.NORMAL, null, null, null, null), officer);
        if (status != RequestStatus.SUBMITTED) {
            request = casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, null, officer);
        }
        if (status == RequestStatus.RESOLVED || status == RequestStatus.REJECTED) {
            request = casework.changeStatus(request.getReferenceNumber(), status, "تم", officer);
        }
        requests.add(request);
    }

    private void timed(JdbcClient jdbc, int index, LocalDate day, long minutes, boolean withinDue) {
        moved(jdbc, index, day);
        jdbc.sql("update request set business_minutes_to_close = :minutes, closed_within_due_time = :within where id = :id")
                .param("minutes", minutes).param("within", withinDue).param("id", requests.get(index).getId()).update();
    }

    private void moved(JdbcClient jdbc, int index, LocalDate day) {
        jdbc.sql("update request set submitted_at = :at where id = :id")
                .param("at", Timestamp.from(LocalDateTime.of(day, java.time.LocalTime.of(10, 0))
                        .atZone(Dates.RIYADH).toInstant()))
                .param("id", requests.get(index).getId()).update();
    }

    private ServiceDetails service(String code) {
        return new ServiceDetails(code, "خدمة " + code, "Service " + code, null, null, department.getCode(), "P2D",
                List.of(), List.of(), true, true);
    }

    private static UUID beneficiary(BeneficiaryRegistry registry, List<String> segments) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "هند بنت خالد " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, null, null,
                null, null, TestData.mobile(), null, null, segments)).getId();
    }
}
