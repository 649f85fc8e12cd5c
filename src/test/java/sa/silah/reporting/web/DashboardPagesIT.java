package sa.silah.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.reporting.ReportPeriod;
import sa.silah.reporting.ReportSummary;
import sa.silah.reporting.ReportsFixture;
import sa.silah.shared.Dates;
import sa.silah.test.IntegrationTest;

/** The dashboard's page and the figures its charts read, for the known requests of {@link ReportsFixture}. */
@IntegrationTest
class DashboardPagesIT {

    private static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");
    private static final RequestPostProcessor BOARD = user("board").roles("BOARD");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    ReportsFixture fixture;

    @BeforeEach
    void knownRequests() {
        fixture = ReportsFixture.in(context);
    }

    private MockHttpServletRequestBuilder march(String path) {
        return get(path).param("preset", "CUSTOM").param("from", "2025-03-01").param("to", "2025-03-31")
                .param("departmentId", fixture.department.getId().toString());
    }

    @Test
    void aManagerSeesTheFiguresOfTheDepartmentInMarchEachLinkedToItsRequests() throws Exception {
        MvcResult result = mvc.perform(march("/reports").with(MANAGER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nav-reports\"")))
                .andExpect(content().string(containsString("/inbox?tab=ALL&amp;department="
                        + fixture.department.getId() + "&amp;from=2025-03-01&amp;to=2025-03-31&amp;status=RESOLVED")))
                .andExpect(content().string(containsString("<caption class=\"visually-hidden\">الطلبات حسب القناة</caption>")))
                .andExpect(content().string(containsString("/reports/export.csv?preset=CUSTOM&amp;from=2025-03-01&amp;to=2025-03-31&amp;departmentId="
                        + fixture.department.getId())))
                .andExpect(content().string(containsString("/reports/export.xlsx?")))
                .andExpect(content().string(containsString("href=\"/reports/annual\"")))
                .andReturn();

        ReportSummary summary = (ReportSummary) result.getModelAndView().getModel().get("summary");
        assertThat(summary.volume().total()).isEqualTo(7);
        assertThat(summary.timeliness().resolved()).isEqualTo(4);
        @SuppressWarnings("unchecked")
        List<DashboardController.Headline> headlines = (List<DashboardController.Headline>) result.getModelAndView()
                .getModel().get("headlines");
        assertThat(headlines).extracting(DashboardController.Headline::id, DashboardController.Headline::value)
                .contains(tuple("total", 7L), tuple("withinDue", 75.0),
                        tuple("breached", 1L));
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("1 مارس 2025").contains("31 مارس 2025").contains("رمضان 1446 هـ");

        mvc.perform(march("/reports").param("lang", "en").with(MANAGER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("dir=\"ltr\"")))
                .andExpect(content().string(containsString("<caption class=\"visually-hidden\">Requests by channel</caption>")))
                .andExpect(content().string(containsString("1 March 2025 (1 Ramadan 1446 AH)")));
    }

    @Test
    void aBadStartIsNamedBesideItsInputAndThisMonthIsShown() throws Exception {
        MvcResult result = mvc.perform(get("/reports").param("preset", "CUSTOM").param("from", "2025-02-30")
                .param("to", "2025-03-31").with(MANAGER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"r-from-error\"")))
                .andExpect(content().string(containsString("value=\"2025-02-30\"")))
                .andExpect(content().string(not(containsString("id=\"r-to-error\""))))
                .andReturn();

        ReportPeriod shown = (ReportPeriod) result.getModelAndView().getModel().get("period");
        assertThat(shown).isEqualTo(ReportPeriod.thisMonth(LocalDate.now(Dates.RIYADH)));
    }

    @Test
    void theBoardSeesTheFiguresWithoutTheRequestsBehindThem() throws Exception {
        mvc.perform(march("/reports").with(BOARD)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"headline-total\"")))
                .andExpect(content().string(not(containsString("/inbox"))));
        mvc.perform(march("/reports/data").with(BOARD)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'byStatus')].rows[*].link", everyItem(nullValue())));
    }

    @Test
    void anOfficerMayNotReadTheDashboard() throws Exception {
        mvc.perform(get("/reports").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/data").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void theChartsReadEverySevenChannelsOfTheTables() throws Exception {
        mvc.perform(march("/reports/data").with(MANAGER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[1].key").value("byChannel"))
                .andExpect(jsonPath("$[1].title").value("الطلبات حسب القناة"))
                .andExpect(jsonPath("$[1].rows.length()").value(7))
                .andExpect(jsonPath("$[1].rows[?(@.label == 'الهاتف')].values[0]").value(3))
                .andExpect(jsonPath("$[1].rows[?(@.label == 'الهاتف')].link").value(
                        "/inbox?tab=ALL&department=" + fixture.department.getId()
                                + "&from=2025-03-01&to=2025-03-31&channel=PHONE"));
    }
}
