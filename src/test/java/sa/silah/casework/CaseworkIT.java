package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Channel;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;

@IntegrationTest
class CaseworkIT {

    @Autowired
    Casework casework;

    @Autowired
    SlaWatch watch;

    @Autowired
    Escalations escalations;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    CaseworkFixture fixture;
    Caseworker officer;

    @BeforeEach
    void fixture() {
        fixture = new CaseworkFixture(departments, services, staff, registry);
        officer = casework.caseworker(fixture.officer);
    }

    @Test
    void referenceNumbersStayUniqueAndGaplessUnderConcurrentCreation() throws Exception {
        int threads = 8;
        int each = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<String>>> creators = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                creators.add(() -> {
                    List<String> made = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        made.add(casework.submit(serviceRequest(), officer).getReferenceNumber());
                    }
                    return made;
                });
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> made : pool.invokeAll(creators)) {
                all.addAll(made.get());
            }
            assertThat(Set.copyOf(all)).hasSize(threads * each);
            List<Integer> numbers = all.stream().map(ref -> Integer.parseInt(ref.substring(ref.lastIndexOf('-') + 1)))
                    .sorted().toList();
            assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(threads * each - 1);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void marksAtRiskOnceThenBreachedOnceAndEscalatesToTheDepartmentsManagers() {
        Request request = casework.submit(serviceRequest(), officer);
        String ref = request.getReferenceNumber();

        assertThat(watch.check(request.getAtRiskAt().minusSeconds(1))).isZero();
        watch.check(request.getAtRiskAt());
        assertThat(casework.find(ref, officer).getSlaState()).isEqualTo(SlaState.AT_RISK);
        watch.check(request.getAtRiskAt().plusSeconds(60));
        assertThat(history(ref, RequestHistoryEntry.Action.AT_RISK)).hasSize(1);

        watch.check(request.getDueAt());
        Request breached = casework.find(ref, officer);
        assertThat(breached.getSlaState()).isEqualTo(SlaState.BREACHED);
        watch.check(request.getDueAt().plusSeconds(3600));
        assertThat(history(ref, RequestHistoryEntry.Action.BREACHED)).hasSize(1);
        assertThat(history(ref, RequestHistoryEntry.Action.ESCALATED)).singleElement()
                .satisfies(entry -> assertThat(entry.getDetail()).contains(fixture.managerA));
        assertThat(escalations.findByDepartmentIdInAndHandledAtIsNullOrderByCreatedAtAsc(
                List.of(fixture.departmentA.getId()), PageRequest.of(0, 10)).getContent())
                .extracting(Escalation::getRequestId).contains(request.getId());
        assertThat(casework.inbox(InboxQuery.ofTab(InboxQuery.Tab.OVERDUE), officer, PageRequest.of(0, 200)).getContent())
                .extracting(Request::getReferenceNumber).contains(ref);
    }

    @Test
    void aRequestAwaitingTheBeneficiaryIsNotMarked() {
        Request request = casework.submit(serviceRequest(), officer);
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, null, officer);
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.AWAITING_BENEFICIARY, "صورة الصك", officer);
        watch.check(request.getDueAt().plusSeconds(3600));
        assertThat(casework.find(request.getReferenceNumber(), officer).getSlaState()).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void recordsTheInquiryAndTheAnswerOnTheBeneficiarysTimeline() {
        Request request = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.INQUIRY, Channel.PHONE, null,
                "مواعيد الدوام", "يسأل عن مواعيد استقبال طلبات المساعدة", null,
                "من الأحد إلى الخميس من الثامنة إلى الرابعة", null, null, null), officer);
        assertThat(casework.timelineOf(fixture.beneficiary, PageRequest.of(0, 10)).getContent())
                .extracting(Interaction::getDirection, Interaction::getSummary)
                .contains(org.assertj.core.groups.Tuple.tuple(Direction.INBOUND, "يسأل عن مواعيد استقبال طلبات المساعدة"),
                        org.assertj.core.groups.Tuple.tuple(Direction.OUTBOUND, "من الأحد إلى الخميس من الثامنة إلى الرابعة"));
        assertThat(request.getDepartmentId()).as("requests naming no service go to the default department")
                .isEqualTo(departments.findByCode("BENEFICIARY_RELATIONS").map(d -> d.getId()).orElse(null));
    }

    private NewRequest serviceRequest() {
        return new NewRequest(fixture.beneficiary, RequestKind.SERVICE, Channel.INTERVIEW, fixture.serviceA,
                "طلب سلة غذائية", null, Priority.NORMAL, null, null, null, null);
    }

    private List<RequestHistoryEntry> history(String ref, RequestHistoryEntry.Action action) {
        return casework.find(ref, officer).getHistory().stream().filter(entry -> entry.getAction() == action).toList();
    }
}
