package sa.silah.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.casework.Casework;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.reporting.ReportSummary.Count;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.test.IntegrationTest;

/** The figures of the known requests of {@link ReportsFixture}, each worked out by hand there. */
@IntegrationTest
class ReportsIT {

    private static final ReportPeriod MARCH = ReportPeriod.custom("2025-03-01", "2025-03-31");

    @Autowired
    ApplicationContext context;
    @Autowired
    Reports reports;
    @Autowired
    DailyFigures dailyFigures;
    @Autowired
    ServiceCatalog services;
    @Autowired
    Casework casework;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    ReportsFixture fixture;

    @BeforeEach
    void knownRequests() {
        fixture = ReportsFixture.in(context);
    }

    private ReportFilter department() {
        return new ReportFilter(fixture.department.getId(), null, null, null, null);
    }

    @Test
    void countsTheRequestsOfThePeriodByKindChannelStatusServiceAndDepartment() {
        ReportSummary.Volume volume = reports.summary(MARCH, department()).volume();

        assertThat(volume.total()).isEqualTo(7);
        assertThat(volume.byKind()).containsExactlyInAnyOrderEntriesOf(Map.of(RequestKind.SERVICE, 4L,
                RequestKind.INQUIRY, 1L, RequestKind.COMPLAINT, 1L, RequestKind.SUGGESTION, 1L,
                RequestKind.VOLUNTEERING, 0L));
        assertThat(volume.byChannel()).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.INTERVIEW, 1L,
                Channel.PHONE, 3L, Channel.WEBSITE, 1L, Channel.LETTER, 1L, Channel.SOCIAL_MEDIA, 1L,
                Channel.ASSISTANCE_REQUEST, 0L, Channel.VOLUNTEERING, 0L));
        assertThat(volume.byStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(RequestStatus.RESOLVED, 4L,
                RequestStatus.REJECTED, 1L, RequestStatus.IN_PROGRESS, 1L, RequestStatus.SUBMITTED, 1L,
                RequestStatus.AWAITING_BENEFICIARY, 0L, RequestStatus.CANCELLED, 0L));
        assertThat(volume.byService()).containsExactly(new Count(fixture.serviceOne.getId(), 4),
                new Count(fixture.serviceTwo.getId(), 3));
        assertThat(volume.byDepartment()).containsExactly(new Count(fixture.department.getId(), 7));
    }

    @Test
    void timesTheResolvedRequestsInBusinessHours() {
        ReportSummary.Timeliness timeliness = reports.summary(MARCH, department()).timeliness();

        // Resolved: 60, 200, 479 and 30 minutes; within due 3 of 4; hours rounded up 1, 4, 8, 1.
        assertThat(timeliness.resolved()).isEqualTo(4);
        assertThat(timeliness.resolvedWithinDue()).isEqualTo(3);
        assertThat(timeliness.resolvedWithinDueRate()).isEqualTo(75.0);
        assertThat(timeliness.meanBusinessHoursToResolve()).isEqualTo(3.2); // 769 / 4 / 60 = 3.204
        assertThat(timeliness.p90BusinessHoursToResolve()).isEqualTo(8); // rank ceil(0.9 * 4) = 4 of 1, 1, 4, 8
    }

    @Test
    void narrowsByTheBeneficiarysSegmentCountingABeneficiaryInTwoSegmentsInEach() {
        ReportFilter inGroup = new ReportFilter(fixture.department.getId(), null, null, null, fixture.group.getId());
        ReportFilter inOther = new ReportFilter(null, null, null, null, fixture.other.getId());

        ReportSummary group = reports.summary(MARCH, inGroup);
        ReportSummary other = reports.summary(MARCH, inOther);

        assertThat(group.volume().total()).isEqualTo(5);
        assertThat(group.timeliness().resolved()).isEqualTo(4);
        assertThat(other.volume().total()).isEqualTo(2);
        assertThat(other.timeliness().resolvedWithinDueRate()).isEqualTo(100.0);
        assertThat(other.timeliness().meanBusinessHoursToResolve()).isEqualTo(8.0); // 479 / 60 = 7.98
        assertThat(other.timeliness().p90BusinessHoursToResolve()).isEqualTo(8);
    }

    @Test
    void narrowsByServiceChannelAndKindAndCutsThePeriodAtItsDays() {
        assertThat(reports.summary(MARCH, new ReportFilter(fixture.department.getId(), fixture.serviceTwo.getId(),
                null, null, null)).volume().total()).isEqualTo(3);
        assertThat(reports.summary(MARCH, new ReportFilter(fixture.department.getId(), null, Channel.PHONE, null,
                null)).volume().total()).isEqualTo(3);
        assertThat(reports.summary(MARCH, new ReportFilter(fixture.department.getId(), null, null,
                RequestKind.SERVICE, null)).timeliness().p90BusinessHoursToResolve()).isEqualTo(8);
        ReportSummary.Beneficiaries byPhone = reports.summary(MARCH, new ReportFilter(fixture.department.getId(), null,
                Channel.PHONE, null, null)).beneficiaries();
        assertThat(byPhone.served()).isEqualTo(3); // #2, #3 and #5
        assertThat(byPhone.servedBySegment()).contains(new Count(fixture.group.getId(), 2),
                new Count(fixture.other.getId(), 1));
        ReportPeriod tenth = ReportPeriod.custom("2025-03-10", "2025-03-10");
        assertThat(reports.summary(tenth, department()).volume().total()).isEqualTo(6);
    }

    @Test
    void countsTheBeneficiariesServedOnceOverallAndOnceInEachOfTheirSegments() {
        ReportSummary.Beneficiaries served = reports.summary(MARCH, department()).beneficiaries();
        ReportPeriod today = ReportPeriod.custom(LocalDate.now(Dates.RIYADH).toString(),
                LocalDate.now(Dates.RIYADH).toString());

        assertThat(served.served()).isEqualTo(3);
        assertThat(served.servedBySegment()).contains(new Count(fixture.group.getId(), 2),
                new Count(fixture.other.getId(), 1));
        assertThat(reports.summary(today, new ReportFilter(null, null, null, null, fixture.group.getId()))
                .beneficiaries().registered()).isEqualTo(2);
    }

    @Test
    void withoutAFilterTheDailyRowsGiveTheSameFigures() {
        // Every fixture of this class holds the same requests in March 2025, so the shares do not depend on how many.
        ReportSummary all = reports.summary(MARCH, ReportFilter.NONE);
        ReportSummary services = reports.summary(MARCH, new ReportFilter(null, null, null, RequestKind.SERVICE, null));

        assertThat(all.volume().total() % 7).isZero();
        assertThat(all.volume().byKind().get(RequestKind.SERVICE)).isEqualTo(all.volume().total() / 7 * 4);
        assertThat(all.timeliness().resolvedWithinDueRate()).isEqualTo(75.0);
        assertThat(all.timeliness().meanBusinessHoursToResolve()).isEqualTo(3.2);
        assertThat(all.timeliness().p90BusinessHoursToResolve()).isEqualTo(8);
        // Services only: 60, 200 and 479 minutes, two of three within due.
        assertThat(services.timeliness().resolvedWithinDueRate()).isEqualTo(66.7);
        assertThat(services.timeliness().meanBusinessHoursToResolve()).isEqualTo(4.1);
        assertThat(services.timeliness().p90BusinessHoursToResolve()).isEqualTo(8);
    }

    @Test
    void countsEachBeneficiaryServedOnceFromTheDays() {
        long before = reports.summary(MARCH, ReportFilter.NONE).beneficiaries().served();
        ReportsFixture another = ReportsFixture.in(context);

        ReportSummary.Beneficiaries all = reports.summary(MARCH, ReportFilter.NONE).beneficiaries();
        ReportSummary.Beneficiaries group = reports.summary(MARCH,
                new ReportFilter(null, null, null, null, another.group.getId())).beneficiaries();

        assertThat(all.served() - before).isEqualTo(3);
        assertThat(all.servedBySegment()).contains(new Count(another.group.getId(), 2), new Count(another.other.getId(), 1));
        assertThat(group.served()).isEqualTo(2);
    }

    @Test
    void showsTheOpenBacklogNowByAgeWithWhatIsBreached() {
        ReportSummary.Backlog backlog = reports.summary(MARCH, department()).backlog();

        // Open: #5 and #6 from March 2025, #8 from today; #5 breached.
        assertThat(backlog.open()).isEqualTo(3);
        assertThat(backlog.byAge()).containsEntry(AgeBand.DAYS_0_2, 1L).containsEntry(AgeBand.DAYS_31_PLUS, 2L)
                .containsEntry(AgeBand.DAYS_3_7, 0L);
        assertThat(backlog.breached()).isEqualTo(1);
        assertThat(backlog.atRisk()).isZero();
    }

    @Test
    void listsSuggestionsAndComplaintsByStatusAndService() {
        ReportSummary.Voice voice = reports.summary(MARCH, department()).voice();

        assertThat(voice.suggestions()).containsEntry(RequestStatus.SUBMITTED, 1L).containsEntry(RequestStatus.RESOLVED, 0L);
        assertThat(voice.complaints()).containsEntry(RequestStatus.IN_PROGRESS, 1L);
        assertThat(voice.complaintsByService()).containsExactly(new Count(fixture.serviceOne.getId(), 1));
        assertThat(voice.suggestionsByService()).containsExactly(new Count(fixture.serviceTwo.getId(), 1));
    }

    @Test
    void aStatusChangeMovesTheRequestInItsDaysFigures() {
        reports.summary(MARCH, department());

        casework.changeStatus(fixture.request(6).getReferenceNumber(), RequestStatus.IN_PROGRESS, null,
                fixture.officer());

        assertThat(reports.summary(MARCH, department()).volume().byStatus())
                .containsEntry(RequestStatus.SUBMITTED, 0L).containsEntry(RequestStatus.IN_PROGRESS, 2L);
    }

    @Test
    void countingADayAgainChangesNothing() {
        ReportSummary first = reports.summary(MARCH, department());
        jdbc.sql("insert into report_change (report_day) values (:day)").param("day", ReportsFixture.MARCH_10).update();

        assertThat(dailyFigures.refresh()).isEqualTo(1);
        assertThat(reports.summary(MARCH, department()).volume()).isEqualTo(first.volume());
        assertThat(dailyFigures.refresh()).isZero();
    }

    @Test
    void readsPeriodsAsTheirCalendarsHaveThem() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThat(ReportPeriod.parse("THIS_MONTH", null, null, null, today))
                .isEqualTo(new ReportPeriod(ReportPeriod.Preset.THIS_MONTH, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(ReportPeriod.parse("LAST_MONTH", null, null, null, today).from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(ReportPeriod.parse("THIS_QUARTER", null, null, null, today).to()).isEqualTo(LocalDate.of(2026, 12, 31));
        // 1 Muharram 1447 was 26 June 2025 and 1 Muharram 1448 is 16 June 2026 (Umm al-Qura).
        assertThat(ReportPeriod.hijriYear(1447)).isEqualTo(new ReportPeriod(ReportPeriod.Preset.HIJRI_YEAR,
                LocalDate.of(2025, 6, 26), LocalDate.of(2026, 6, 15)));
        assertThat(ReportPeriod.parse("HIJRI_YEAR", null, null, null, today).year()).isEqualTo(1448);
        assertThatThrownBy(() -> ReportQuery.parse(null, null, "2025-13-01", "2025-01-01", "x", null, "FAX", null,
                null, today)).isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(
                        invalid.problems().stream().map(problem -> problem.field()).toList())
                        .containsExactlyInAnyOrder("from", "departmentId", "channel"));
    }

    @Test
    void theApiGivesTheHeadlineFiguresWithEveryChannel() throws Exception {
        mvc.perform(get("/api/v1/reports/summary").param("from", "2025-03-01").param("to", "2025-03-31")
                .param("departmentId", fixture.department.getId().toString()).with(user("board").roles("BOARD")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requestsTotal").value(7))
                .andExpect(jsonPath("$.byKind.SERVICE").value(4))
                .andExpect(jsonPath("$.byChannel.PHONE").value(3))
                .andExpect(jsonPath("$.byChannel.VOLUNTEERING").value(0))
                .andExpect(jsonPath("$.byChannel.ASSISTANCE_REQUEST").value(0))
                .andExpect(jsonPath("$.byStatus.RESOLVED").value(4))
                .andExpect(jsonPath("$.resolvedWithinDueRate").value(75.0))
                .andExpect(jsonPath("$.meanBusinessHoursToResolve").value(3.2))
                .andExpect(jsonPath("$.p90BusinessHoursToResolve").value(8))
                .andExpect(jsonPath("$.csat").doesNotExist());
    }

    @Test
    void theApiNamesABadParameterAndIsForResultReadersOnly() throws Exception {
        mvc.perform(get("/api/v1/reports/summary").param("from", "2025-02-30").param("to", "2025-03-31")
                .param("channel", "FAX").with(user("manager").roles("MANAGER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("from", "channel")));
        mvc.perform(get("/api/v1/reports/summary").with(user("officer").roles("OFFICER")))
                .andExpect(status().isForbidden());
    }
}
