package sa.silah.satisfaction;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * A known set of answers in two departments of their own, each with a service answered through a survey of its
 * own, so that no other test's responses or surveys change the figures:
 * <ul>
 * <li>department A (service A, interviews, staff member A, beneficiaries in a segment of their own): 7 requests
 * closed, 6 answered — overall 5 5 4 3 2 1, resolved yes ×4 no ×2, speed 5 4 4 3 2 2, recommend 10 9 9 7 6 0; the
 * first anonymous with a comment, the third named with a comment;</li>
 * <li>department B (service B, phone, staff member B): 3 requests closed and answered 5, yes — under the minimum
 * of 5.</li>
 * </ul>
 */
final class ResultsFixture {

    static final String ANONYMOUS_COMMENT = "تعامل ممتاز من الموظف ";
    static final String NAMED_COMMENT = "أرجو تسريع الإجراءات ";
    private static final String[][] ANSWERS_A = {
            { "5", "1", "5", "10" }, { "5", "1", "4", "9" }, { "4", "1", "4", "9" },
            { "3", "1", "3", "7" }, { "2", "0", "2", "6" }, { "1", "0", "2", "0" } };

    final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
    final String anonymousComment = ANONYMOUS_COMMENT + suffix;
    final String namedComment = NAMED_COMMENT + suffix;
    final Department departmentA;
    final Department departmentB;
    final ServiceOffering serviceA;
    final ServiceOffering serviceB;
    final Segment segment;
    final String officer;
    final String manager;
    final String staffA;
    final String staffB;
    /** The request whose response is anonymous, and the one with the named comment. */
    String anonymousRef;
    String namedRef;

    ResultsFixture(DepartmentManagement departments, ServiceCatalog services, StaffManagement staff,
            BeneficiaryRegistry registry, SegmentCatalog segments, SurveyCatalog surveys, Casework casework,
            Satisfaction satisfaction) {
        departmentA = departments.create("SR_A_" + suffix, "إدارة رضا أ " + suffix, "Satisfaction A " + suffix);
        departmentB = departments.create("SR_B_" + suffix, "إدارة رضا ب " + suffix, "Satisfaction B " + suffix);
        serviceA = services.create(service("SRA_" + suffix, departmentA.getCode()));
        serviceB = services.create(service("SRB_" + suffix, departmentB.getCode()));
        segment = segments.create("SR_" + suffix, "فئة " + suffix, "Segment " + suffix, 99);
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        manager = TestAccounts.ensure(staff, Role.MANAGER);
        staffA = account(staff, "sr-a-" + suffix.toLowerCase(), departmentA);
        staffB = account(staff, "sr-b-" + suffix.toLowerCase(), departmentB);
        String code = "sr-" + suffix.toLowerCase();
        surveys.create(code, survey(), "test");
        surveys.assign(serviceA.getId(), null, code);
        surveys.assign(serviceB.getId(), null, code);

        UUID inSegment = beneficiary(registry, List.of(segment.getCode()));
        UUID other = beneficiary(registry, List.of());
        Caseworker caseworker = casework.caseworker(officer);
        for (int i = 0; i < 7; i++) {
            Request request = closed(casework, caseworker, inSegment, serviceA, Channel.INTERVIEW, staffA);
            if (i < ANSWERS_A.length) {
                String comment = i == 0 ? anonymousComment : i == 2 ? namedComment : "";
                answer(satisfaction, request, ANSWERS_A[i], comment, i == 0);
                if (i == 0) {
                    anonymousRef = request.getReferenceNumber();
                } else if (i == 2) {
                    namedRef = request.getReferenceNumber();
                }
            } else {
                invitationOf(satisfaction, request);
            }
        }
        for (int i = 0; i < 3; i++) {
            Request request = closed(casework, caseworker, other, serviceB, Channel.PHONE, staffB);
            answer(satisfaction, request, new String[] { "5", "1", "5", "10" }, "", false);
        }
    }

    private static Request closed(Casework casework, Caseworker officer, UUID beneficiary, ServiceOffering service,
            Channel channel, String assignee) {
        Request request = casework.submit(new NewRequest(beneficiary, RequestKind.SERVICE, channel, service.getCode(),
                "طلب " + TestData.uniqueWord(), null, Priority.NORMAL, null, null, null, null), officer);
        casework.assign(request.getReferenceNumber(), assignee, officer);
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, null, officer);
        return casework.changeStatus(request.getReferenceNumber(), RequestStatus.RESOLVED, "تم", officer);
    }

    /** The invitation the closure listener sends once the request's change commits, on another thread. */
    private static Invitation invitationOf(Satisfaction satisfaction, Request request) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !satisfaction.invitationsOf(request.getId()).isEmpty());
        return satisfaction.invitationsOf(request.getId()).get(0);
    }

    private static void answer(Satisfaction satisfaction, Request request, String[] scores, String comment,
            boolean anonymous) {
        Map<String, String> answers = new HashMap<>(Map.of("overall", scores[0], "resolved", scores[1], "speed",
                scores[2], "recommend", scores[3]));
        answers.put("comment", comment);
        satisfaction.answer(invitationOf(satisfaction, request).getToken(), answers, anonymous);
    }

    private static SurveyDefinition survey() {
        return new SurveyDefinition("استبيان اختبار النتائج", "Results test survey", List.of(
                new SurveyDefinition.Question("overall", QuestionType.RATING, Measure.OVERALL, "الرضا العام",
                        "Overall", null, null, true),
                new SurveyDefinition.Question("resolved", QuestionType.YES_NO, Measure.RESOLUTION, "هل عولج طلبك؟",
                        "Resolved?", null, null, true),
                new SurveyDefinition.Question("speed", QuestionType.RATING, null, "السرعة", "Speed", null, null, false),
                new SurveyDefinition.Question("recommend", QuestionType.LIKELIHOOD, null, "هل توصي بنا؟",
                        "Recommend?", null, null, false),
                new SurveyDefinition.Question("comment", QuestionType.TEXT, null, "ملاحظاتك", "Comments", null, null,
                        false)));
    }

    private static UUID beneficiary(BeneficiaryRegistry registry, List<String> segments) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "نوف بنت سالم " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, null, null,
                null, null, TestData.mobile(), null, null, segments)).getId();
    }

    private static ServiceDetails service(String code, String department) {
        return new ServiceDetails(code, "خدمة " + code, "Service " + code, null, null, department, "P2D", List.of(),
                List.of(), true, true);
    }

    private static String account(StaffManagement staff, String username, Department department) {
        staff.create(new StaffAccount(username, "موظف " + username, null, department.getId(), Set.of(Role.STAFF)),
                TestAccounts.PASSWORD);
        return username;
    }
}
