package sa.silah.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import sa.silah.casework.Request;
import sa.silah.reporting.ReportsFixture;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/** A figure of the dashboard opens the inbox on exactly the requests it counts. */
@IntegrationTest
class DashboardLinksIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    StaffManagement staff;

    ReportsFixture fixture;
    RequestPostProcessor manager;

    @BeforeEach
    void knownRequests() {
        fixture = ReportsFixture.in(context);
        manager = user(TestAccounts.ensure(staff, Role.MANAGER)).roles("MANAGER");
    }

    @Test
    void theResolvedOfTheDepartmentInMarchListTheFourResolvedRequests() throws Exception {
        String tables = mvc.perform(get("/reports/data").param("from", "2025-03-01").param("to", "2025-03-31")
                .param("departmentId", fixture.department.getId().toString()).with(manager))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> links = JsonPath.read(tables, "$[?(@.key == 'byStatus')].rows[*].link");
        String resolved = links.stream().filter(link -> link.endsWith("status=RESOLVED")).findFirst().orElseThrow();

        assertThat(inbox(resolved)).containsExactlyInAnyOrder(references(1, 2, 3, 7));
    }

    @Test
    void theRequestsOfASegmentAreThoseOfItsBeneficiaries() throws Exception {
        String all = "/inbox?tab=ALL&department=" + fixture.department.getId() + "&from=2025-03-01&to=2025-03-31";

        assertThat(inbox(all + "&segment=" + fixture.group.getId())).containsExactlyInAnyOrder(references(1, 2, 3, 4, 7));
        assertThat(inbox(all + "&segment=" + fixture.other.getId())).containsExactlyInAnyOrder(references(3, 4));
        assertThat(inbox("/inbox?tab=ALL&department=" + fixture.department.getId() + "&from=2025-03-10&to=2025-03-10"))
                .containsExactlyInAnyOrder(references(1, 2, 3, 4, 6, 7));
    }

    @Test
    void theBacklogLinksListTheOpenRequestsNowAndTheOverdue() throws Exception {
        String open = "/inbox?tab=ALL&department=" + fixture.department.getId() + "&open=true";

        assertThat(inbox(open)).containsExactlyInAnyOrder(references(5, 6, 8));
        assertThat(inbox(open + "&sla=BREACHED")).containsExactlyInAnyOrder(references(5));
    }

    @Test
    void theInboxNamesTheReportFiltersItAppliesWithALinkToClearThem() throws Exception {
        mvc.perform(get("/inbox?tab=ALL&department=" + fixture.department.getId() + "&segment="
                + fixture.group.getId() + "&from=2025-03-01&to=2025-03-31&open=true").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"inbox-report-filter\"")))
                .andExpect(content().string(Matchers.containsString("المقدَّمة من 1 مارس 2025")))
                .andExpect(content().string(Matchers.containsString("الإدارة: " + fixture.department.getNameAr())))
                .andExpect(content().string(Matchers.containsString("الفئة: " + fixture.group.getNameAr())))
                .andExpect(content().string(Matchers.containsString("name=\"segment\" value=\"" + fixture.group.getId() + "\"")));
    }

    private List<String> inbox(String link) throws Exception {
        @SuppressWarnings("unchecked")
        Page<Request> page = (Page<Request>) mvc.perform(get(link).with(manager)).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("requests");
        return page.getContent().stream().map(Request::getReferenceNumber).toList();
    }

    private String[] references(int... numbers) {
        return Arrays.stream(numbers).mapToObj(number -> fixture.request(number).getReferenceNumber())
                .toArray(String[]::new);
    }
}
