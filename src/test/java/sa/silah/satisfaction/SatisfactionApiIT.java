package sa.silah.satisfaction;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.casework.Casework;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Dates;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

@IntegrationTest
class SatisfactionApiIT {

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
    String today;

    @BeforeEach
    void fixture() {
        fixture = new ResultsFixture(departments, services, staff, registry, segments, surveys, casework, satisfaction);
        today = LocalDate.now(Dates.RIYADH).toString();
    }

    @Test
    void givesEachGroupsFiguresAndWithholdsThoseUnderTheMinimum() throws Exception {
        String a = "$.groups[?(@.key == '" + fixture.departmentA.getId() + "')]";
        String b = "$.groups[?(@.key == '" + fixture.departmentB.getId() + "')]";
        as(fixture.manager, summary().param("from", today).param("to", today).param("groupBy", "department"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(today))
                .andExpect(jsonPath("$.to").value(today))
                .andExpect(jsonPath("$.groupBy").value("department"))
                .andExpect(jsonPath("$.minimumResponses").value(5))
                .andExpect(jsonPath(a + ".name").value(hasItem(fixture.departmentA.getNameAr())))
                .andExpect(jsonPath(a + ".responses").value(hasItem(6)))
                .andExpect(jsonPath(a + ".invited").value(hasItem(7)))
                .andExpect(jsonPath(a + ".responseRate").value(hasItem(85.7)))
                .andExpect(jsonPath(a + ".csat").value(hasItem(50.0)))
                .andExpect(jsonPath(a + ".nps").value(hasItem(16.7)))
                .andExpect(jsonPath(a + ".averages.speed").value(hasItem(3.33)))
                .andExpect(jsonPath(a + ".withheld").value(hasItem(false)))
                .andExpect(jsonPath(b + ".responses").value(hasItem(3)))
                .andExpect(jsonPath(b + ".csat").value(hasItem(nullValue())))
                .andExpect(jsonPath(b + ".withheld").value(hasItem(true)));
    }

    @Test
    void withoutAGroupingAnswersOneGroupOfTheLastNinetyDays() throws Exception {
        String board = TestAccounts.ensure(staff, Role.BOARD);
        as(board, summary())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value(today))
                .andExpect(jsonPath("$.from").value(LocalDate.parse(today).minusDays(89).toString()))
                .andExpect(jsonPath("$.groupBy").value(nullValue()))
                .andExpect(jsonPath("$.groups.length()").value(1))
                .andExpect(jsonPath("$.groups[0].key").value(nullValue()));
        as(board, summary().param("groupBy", "segment")).andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[?(@.key == '" + fixture.segment.getId() + "')].responses").value(hasItem(6)));
    }

    @Test
    void figuresPerStaffMemberAreForManagersOnly() throws Exception {
        as(fixture.manager, summary().param("groupBy", "staff").param("from", today))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[?(@.key == '" + fixture.staffA + "')].csat").value(hasItem(50.0)))
                .andExpect(jsonPath("$.groups[?(@.key == '" + fixture.staffB + "')].withheld").value(hasItem(true)));
        as(TestAccounts.ensure(staff, Role.BOARD), summary().param("groupBy", "staff"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        as(TestAccounts.ensure(staff, Role.ADMIN), summary().param("groupBy", "STAFF"))
                .andExpect(status().isForbidden());
    }

    @Test
    void officersAndStaffCannotReadTheResults() throws Exception {
        as(fixture.officer, summary()).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        as(fixture.staffA, summary()).andExpect(status().isForbidden());
    }

    @Test
    void namesEachBadParameter() throws Exception {
        as(fixture.manager, summary().param("from", "2026-02-30").param("to", "tomorrow").param("groupBy", "city"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from", "to", "groupBy")));
        as(fixture.manager, summary().param("from", "2026-05-02").param("to", "2026-05-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        as(fixture.manager, summary().param("from", "2010-01-01").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    private static MockHttpServletRequestBuilder summary() {
        return get("/api/v1/satisfaction/summary");
    }

    private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(username, TestAccounts.PASSWORD)));
    }
}
