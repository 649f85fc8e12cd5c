package sa.silah.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sa.silah.assessment.AssessmentReports.DueAssessment;
import sa.silah.assessment.AssessmentReports.NeedCounts;
import sa.silah.assessment.AssessmentReports.NeedRow;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.OrganizationType;
import sa.silah.beneficiary.Segment;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.shared.Dates;
import sa.silah.test.IntegrationTest;
import sa.silah.test.QueryCount;
import sa.silah.test.TestData;

/**
 * The needs assessment's reports on known data: beneficiaries of a segment and a city of their own, assessed to each
 * level, lapsed, superseded, waiting for verification or not assessed, counted and listed as the rules say.
 */
@IntegrationTest
class AssessmentReportsIT {

    @Autowired
    AssessmentReports reports;
    @Autowired
    NeedAssessments assessments;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    SegmentCatalog segments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void countsEachBeneficiaryByTheLatestVerifiedAssessmentBySegmentAndByCity() throws Exception {
        Place place = newPlace();
        assess(register(place), "300", "rented", "unemployed");                       // 40 + 10 + 10: high
        assess(register(place), "1000", "rented", "employed");                        // 25 + 10: medium
        assess(register(place), "5000", "owned", "employed");                         // low
        Beneficiary superseded = register(place);
        lapse(assess(superseded, "300", "rented", "unemployed"), today().minusMonths(1));
        assess(superseded, "5000", "owned", "employed");                              // low counts, not the old high
        lapse(assess(register(place), "300", "rented", "unemployed"), today().minusDays(1));
        Beneficiary lapsedToday = register(place);
        lapse(assess(lapsedToday, "1000", "rented", "employed"), today());            // valid its last day: medium
        register(place);                                                               // not assessed
        assessments.assess(register(place).getId(), NeedAssessments.GENERAL_FORM,
                answers("300", "rented", "unemployed"), AssessedVia.PORTAL, "beneficiary:portal");  // waits: not assessed
        registerOrganisation(place);                                                   // organisations are not counted

        NeedCounts expected = new NeedCounts(2, 2, 1, 1, 2, 8);
        assertThat(segmentRow(place).counts()).isEqualTo(expected);
        assertThat(cityRow(place).counts()).isEqualTo(expected);
        NeedCounts all = reports.bySegment().total();
        assertThat(all.low() + all.medium() + all.high() + all.lapsed() + all.notAssessed()).isEqualTo(all.total());
        assertThat(all.total()).isGreaterThanOrEqualTo(8);

        mvc.perform(get("/reports/needs").with(user("manager").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(place.segment().getNameAr()),
                        containsString("مستويات حاجة المستفيدين"), containsString("/reports/needs/reassessment"))));
    }

    @Test
    void listsThoseDueWithinTheDaysChosenAndThoseOverdueButNotThoseSupersededOrNotDue() {
        Place place = newPlace();
        Beneficiary due = register(place);
        lapse(assess(due, "300", "rented", "unemployed"), today().plusDays(10));
        Beneficiary overdue = register(place);
        lapse(assess(overdue, "1000", "rented", "employed"), today().minusDays(5));
        Beneficiary notDue = register(place);
        lapse(assess(notDue, "5000", "owned", "employed"), today().plusDays(100));
        Beneficiary superseded = register(place);
        lapse(assess(superseded, "300", "rented", "unemployed"), today().minusDays(40));
        assess(superseded, "300", "rented", "unemployed");
        Beneficiary waiting = register(place);
        lapse(assess(waiting, "300", "rented", "unemployed"), today().minusDays(2));
        assessments.assess(waiting.getId(), NeedAssessments.GENERAL_FORM, answers("300", "rented", "unemployed"),
                AssessedVia.PORTAL, "beneficiary:" + waiting.getId());

        assertThat(listed(30, place)).extracting(DueAssessment::beneficiaryId)
                .containsExactly(overdue.getId(), waiting.getId(), due.getId());
        assertThat(listed(5, place)).extracting(DueAssessment::beneficiaryId)
                .containsExactly(overdue.getId(), waiting.getId());
        assertThat(listed(300, place)).extracting(DueAssessment::beneficiaryId).contains(notDue.getId())
                .doesNotContain(superseded.getId());
        DueAssessment row = listed(30, place).get(2);
        assertThat(row.overdueOn(today())).isFalse();
        assertThat(row.needLevel()).isEqualTo(NeedLevel.HIGH);
        assertThat(row.city()).isEqualTo(place.city());
        assertThat(row.segments()).extracting(AssessmentReports.SegmentName::nameAr)
                .containsExactly(place.segment().getNameAr());
        assertThat(row.officer()).isEqualTo("officer");
        assertThat(listed(30, place).get(0).overdueOn(today())).isTrue();
        assertThatThrownBy(() -> reports.dueForReassessment(0, PageRequest.of(0, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theListPageShowsTheRowsWithBothCalendarsAndAFieldErrorForBadDays() throws Exception {
        Place place = newPlace();
        Beneficiary due = register(place);
        lapse(assess(due, "300", "rented", "unemployed"), today().plusDays(3));

        mvc.perform(get("/reports/needs/reassessment").param("days", "7").with(user("manager").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(due.getFullName()), containsString(place.city()),
                        containsString("/beneficiaries/" + due.getId()), containsString("هـ"),
                        containsString(place.segment().getNameAr()), not(containsString("is-invalid")))));
        for (String bad : List.of("abc", "0", "366", "-3")) {
            mvc.perform(get("/reports/needs/reassessment").param("days", bad).with(user("admin").roles("ADMIN")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("is-invalid"),
                            containsString("أدخل عددًا صحيحًا من الأيام من 1 إلى 365"),
                            containsString("value=\"" + bad + "\""))));
        }
    }

    @Test
    void exportsBothTablesAndTheListAsCsvAndXlsx() throws Exception {
        Place place = newPlace();
        Beneficiary due = register(place);
        lapse(assess(due, "300", "rented", "unemployed"), today().plusDays(3));

        String needs = new String(download(get("/reports/needs/export.csv"), "MANAGER"), StandardCharsets.UTF_8);
        assertThat(needs).contains("حسب الفئة", "حسب المدينة", "جميع المستفيدين", "غير مقدَّر",
                place.segment().getNameAr() + ",0,0,1,0,0,1", place.city() + ",0,0,1,0,0,1");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(get("/reports/needs/export.xlsx"), "BOARD")))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        }

        String list = new String(download(get("/reports/needs/reassessment/export.csv").param("days", "7"), "MANAGER"),
                StandardCharsets.UTF_8);
        assertThat(list).contains(due.getFullName(), place.city(), "عالية", "مستحق قريبًا");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(get("/reports/needs/reassessment/export.xlsx").param("days", "7"), "ADMIN")))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isPositive();
        }
        mvc.perform(get("/reports/needs/reassessment/export.csv").param("days", "400")
                        .with(user("manager").roles("MANAGER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("days")));
    }

    private byte[] download(MockHttpServletRequestBuilder export, String role) throws Exception {
        MvcResult started = mvc.perform(export.with(user(role.toLowerCase()).roles(role)))
                .andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    @Test
    void officersMayNotReadTheReportsAndTheBoardReadsOnlyTheCounts() throws Exception {
        for (String path : List.of("/reports/needs", "/reports/needs/export.csv", "/reports/needs/reassessment",
                "/reports/needs/reassessment/export.csv")) {
            mvc.perform(get(path).with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(user("staff").roles("STAFF"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        }
        mvc.perform(get("/reports/needs").with(user("board").roles("BOARD")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/reports/needs/reassessment"))));
        mvc.perform(get("/reports/needs/reassessment").with(user("board").roles("BOARD")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/needs/reassessment/export.csv").with(user("board").roles("BOARD")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPageOfTheListTakesTheSameQueriesWhateverItsRows() throws Exception {
        Place place = newPlace();
        for (int i = 0; i < 4; i++) {
            lapse(assess(register(place), "300", "rented", "unemployed"), today().plusDays(2 + i));
        }
        AtomicInteger statements = new AtomicInteger();
        AssessmentReports counted = new AssessmentReports(JdbcClient.create(counting(dataSource, statements)), clock);

        Page<DueAssessment> one = counted.dueForReassessment(30, PageRequest.of(0, 1));
        int forOne = statements.getAndSet(0);
        Page<DueAssessment> four = counted.dueForReassessment(30, PageRequest.of(0, 4));
        assertThat(one.getContent()).hasSize(1);
        assertThat(four.getContent()).hasSize(4);
        assertThat(statements.get()).isEqualTo(forOne).isEqualTo(3);

        QueryCount.reset();
        mvc.perform(get("/reports/needs/reassessment").param("days", "1").with(user("manager").roles("MANAGER")))
                .andExpect(status().isOk());
        long fewRows = QueryCount.statements();
        QueryCount.reset();
        mvc.perform(get("/reports/needs/reassessment").param("days", "30").with(user("manager").roles("MANAGER")))
                .andExpect(status().isOk());
        assertThat(QueryCount.statements()).isEqualTo(fewRows);
    }

    /** A segment and a city no other test uses. */
    private record Place(Segment segment, String city) {
    }

    private Place newPlace() {
        String word = TestData.uniqueWord();
        Segment segment = segments.create("NEED_" + Long.toString(System.nanoTime(), 36).toUpperCase(),
                "فئة " + word, "Segment " + word, 900);
        return new Place(segment, "مدينة " + word);
    }

    private Beneficiary register(Place place) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "مستفيد " + TestData.uniqueWord(),
                null, TestData.nationalId('1'), null, null, null, place.city(), null, null, null, TestData.mobile(),
                null, null, List.of(place.segment().getCode())));
    }

    private void registerOrganisation(Place place) {
        registry.register(new BeneficiaryDetails(BeneficiaryType.ORGANIZATION, "جمعية " + TestData.uniqueWord(), null,
                null, null, null, null, place.city(), OrganizationType.NON_PROFIT,
                String.valueOf(100000 + (System.nanoTime() % 900000)), "مدير", TestData.mobile(), null, null,
                List.of(place.segment().getCode())));
    }

    private Assessment assess(Beneficiary beneficiary, String salary, String ownership, String employment) {
        return assessments.assess(beneficiary.getId(), NeedAssessments.GENERAL_FORM,
                answers(salary, ownership, employment), AssessedVia.INTERVIEW, "officer");
    }

    /** Moves an assessment back in time: made and verified a year before its validity ends on the day given. */
    private void lapse(Assessment assessment, LocalDate validUntil) {
        Timestamp madeAt = Timestamp.from(validUntil.minusYears(1).atTime(10, 0).atZone(Dates.RIYADH).toInstant());
        jdbc.sql("update assessment set valid_until = :until, verified_at = :at, assessed_at = :at where id = :id")
                .param("until", Date.valueOf(validUntil)).param("at", madeAt).param("id", assessment.getId())
                .update();
    }

    private List<DueAssessment> listed(int days, Place place) {
        return reports.dueForReassessment(days, PageRequest.of(0, 500)).getContent().stream()
                .filter(row -> place.city().equals(row.city())).toList();
    }

    private NeedRow segmentRow(Place place) {
        return reports.bySegment().rows().stream()
                .filter(row -> String.valueOf(place.segment().getId()).equals(row.key())).findFirst().orElseThrow();
    }

    private NeedRow cityRow(Place place) {
        for (int page = 0; ; page++) {
            Page<NeedRow> cities = reports.byCity(PageRequest.of(page, 50));
            var found = cities.stream().filter(row -> place.city().equals(row.key())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(cities.hasNext()).as("the city is on a page").isTrue();
        }
    }

    private LocalDate today() {
        return reports.today();
    }

    private static Map<String, String> answers(String salary, String ownership, String employment) {
        Map<String, String> answers = new HashMap<>();
        answers.put("income_salary", salary);
        answers.put("income_social_security", "0");
        answers.put("income_other", "0");
        answers.put("housing_type", "apartment");
        answers.put("housing_ownership", ownership);
        answers.put("employment", employment);
        return answers;
    }

    /** The data source, counting the statements prepared on its connections. */
    private static DataSource counting(DataSource dataSource, AtomicInteger statements) {
        InvocationHandler connections = (proxy, method, args) -> {
            Object result = method.invoke(dataSource, args);
            if (result instanceof Connection connection) {
                return Proxy.newProxyInstance(AssessmentReportsIT.class.getClassLoader(),
                        new Class<?>[] { Connection.class }, (p, m, a) -> {
                            if (m.getName().startsWith("prepare") || m.getName().equals("createStatement")) {
                                statements.incrementAndGet();
                            }
                            return m.invoke(connection, a);
                        });
            }
            return result;
        };
        return (DataSource) Proxy.newProxyInstance(AssessmentReportsIT.class.getClassLoader(),
                new Class<?>[] { DataSource.class }, connections);
    }
}
