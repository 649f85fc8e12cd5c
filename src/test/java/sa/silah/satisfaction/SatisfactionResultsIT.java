package sa.silah.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.casework.Casework;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.satisfaction.SatisfactionResults.Comment;
import sa.silah.satisfaction.SatisfactionResults.CommentQuery;
import sa.silah.shared.Dates;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.QueryCount;

@IntegrationTest
class SatisfactionResultsIT {

    @Autowired
    SatisfactionResults results;

    @Autowired
    MockMvc mvc;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    SegmentCatalog segments;

    @Autowired
    SurveyCatalog surveys;

    @Autowired
    Casework casework;

    @Autowired
    Satisfaction satisfaction;

    ResultsFixture fixture;
    ResultsPeriod today;

    @BeforeEach
    void fixture() {
        fixture = new ResultsFixture(departments, services, staff, registry, segments, surveys, casework, satisfaction);
        LocalDate day = LocalDate.now(Dates.RIYADH);
        today = new ResultsPeriod(day, day);
    }

    @Test
    void computesCsatNpsMeansAndResponseRateOfAKnownSetOfAnswers() {
        Figures a = group(Grouping.DEPARTMENT, fixture.departmentA.getId().toString());

        assertThat(a.withheld()).isFalse();
        assertThat(a.responses()).isEqualTo(6);
        assertThat(a.invited()).isEqualTo(7);
        assertThat(a.responseRate()).isEqualTo(85.7);
        assertThat(a.csat()).as("3 of 6 rated 4 or 5").isEqualTo(50.0);
        assertThat(a.nps()).as("3 promoters, 2 detractors of 6").isEqualTo(16.7);
        assertThat(a.resolvedShare()).isEqualTo(66.7);
        assertThat(a.averages()).containsExactlyInAnyOrderEntriesOf(Map.of("overall", 3.33, "resolved", 0.67,
                "speed", 3.33, "recommend", 6.83));
        assertThat(group(Grouping.SERVICE, fixture.serviceA.getId().toString())).isEqualTo(
                new Figures(fixture.serviceA.getId().toString(), 6, 7, 85.7, 50.0, 16.7, 66.7, a.averages(), false));
        assertThat(group(Grouping.SEGMENT, fixture.segment.getId().toString()).csat())
                .as("the segment's beneficiary answered every response of department A").isEqualTo(50.0);
    }

    @Test
    void theOverviewGivesAGroupsHeadlineFiguresAndItsMonthsWithoutMeans() {
        SatisfactionResults.Overview a = results.overview(today, false, Grouping.DEPARTMENT,
                fixture.departmentA.getId().toString());
        SatisfactionResults.Overview segment = results.overview(today, true, Grouping.SEGMENT,
                fixture.segment.getId().toString());
        SatisfactionResults.Overview b = results.overview(today, false, Grouping.DEPARTMENT,
                fixture.departmentB.getId().toString());

        Figures expected = new Figures(fixture.departmentA.getId().toString(), 6, 7, 85.7, 50.0, 16.7, 66.7, Map.of(),
                false);
        assertThat(a.overall()).isEqualTo(expected);
        assertThat(a.trend()).singleElement().satisfies(month -> assertThat(month.figures().csat()).isEqualTo(50.0));
        assertThat(segment.overall().nps()).isEqualTo(16.7);
        assertThat(b.overall().withheld()).isTrue();
        assertThat(b.overall().responses()).isEqualTo(3);
    }

    @Test
    void withholdsTheFiguresOfAGroupUnderTheMinimumButKeepsItsCounts() {
        Figures b = group(Grouping.DEPARTMENT, fixture.departmentB.getId().toString());

        assertThat(results.minimumResponses()).isEqualTo(5);
        assertThat(b).isEqualTo(new Figures(fixture.departmentB.getId().toString(), 3, 3, null, null, null, null,
                Map.of(), true));
        assertThat(results.summary(today).overall().responses()).isGreaterThanOrEqualTo(9);
        assertThat(results.trend(today, true)).singleElement()
                .satisfies(month -> assertThat(month.figures().responses()).isGreaterThanOrEqualTo(9));
    }

    @Test
    void figuresPerStaffMemberAreForManagersOnlyAndOnlyAboveTheMinimum() {
        assertThatThrownBy(() -> results.breakdown(today, Grouping.STAFF, fixture.officer))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.breakdown(today, Grouping.STAFF, fixture.staffA))
                .isInstanceOf(AccessDeniedException.class);

        List<Figures> perStaff = results.breakdown(today, Grouping.STAFF, fixture.manager);
        assertThat(perStaff).filteredOn(f -> fixture.staffA.equals(f.key())).singleElement()
                .satisfies(a -> assertThat(a.csat()).isEqualTo(50.0));
        assertThat(perStaff).filteredOn(f -> fixture.staffB.equals(f.key())).singleElement()
                .satisfies(b -> assertThat(b.withheld()).isTrue())
                .satisfies(b -> assertThat(b.csat()).isNull());
    }

    @Test
    void aStaffMemberSeesTheirOwnAndTheirDepartmentsFiguresUnderTheMinimumRule() {
        SatisfactionResults.OwnResults a = results.mine(today, fixture.staffA);
        assertThat(a.own().responses()).isEqualTo(6);
        assertThat(a.own().csat()).isEqualTo(50.0);
        assertThat(a.departmentId()).isEqualTo(fixture.departmentA.getId());
        assertThat(a.department().nps()).isEqualTo(16.7);

        SatisfactionResults.OwnResults b = results.mine(today, fixture.staffB);
        assertThat(b.own().withheld()).isTrue();
        assertThat(b.own().csat()).isNull();
        assertThat(b.department().withheld()).isTrue();
    }

    @Test
    void anAnonymousCommentCarriesNoRequestWhileANamedOneLinksToIt() throws Exception {
        List<Comment> comments = results.comments(new CommentQuery(today, fixture.serviceA.getId(), null, null),
                PageRequest.of(0, 10)).getContent();
        assertThat(comments).extracting(Comment::text)
                .containsExactlyInAnyOrder(fixture.anonymousComment, fixture.namedComment);
        assertThat(comments).filteredOn(Comment::anonymous).singleElement()
                .satisfies(anonymous -> assertThat(anonymous.requestRef()).isNull());
        assertThat(comments).filteredOn(comment -> !comment.anonymous()).singleElement()
                .satisfies(named -> assertThat(named.requestRef()).isEqualTo(fixture.namedRef));
        assertThat(results.comments(new CommentQuery(today, fixture.serviceA.getId(), null, 5), PageRequest.of(0, 10))
                .getContent()).extracting(Comment::text).containsExactly(fixture.anonymousComment);

        mvc.perform(get("/satisfaction/comments").param("service", fixture.serviceA.getId().toString())
                        .with(user(fixture.manager).roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fixture.anonymousComment)))
                .andExpect(content().string(containsString("/requests/" + fixture.namedRef)))
                .andExpect(content().string(not(containsString(fixture.anonymousRef))));
    }

    @Test
    void theResultsPageReadsEveryBreakdownInABoundedNumberOfQueries() throws Exception {
        QueryCount.reset();
        mvc.perform(get("/satisfaction").with(user(fixture.manager).roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fixture.serviceA.getNameAr())))
                .andExpect(content().string(containsString(fixture.segment.getNameAr())));
        assertThat(QueryCount.statements()).isLessThanOrEqualTo(45);
    }

    private Figures group(Grouping grouping, String key) {
        return results.breakdown(today, grouping, fixture.manager).stream().filter(f -> key.equals(f.key()))
                .findFirst().orElseThrow();
    }
}
