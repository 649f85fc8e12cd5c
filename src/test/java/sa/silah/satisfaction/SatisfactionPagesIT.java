package sa.silah.satisfaction;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
class SatisfactionPagesIT {

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

    private static final Locale ARABIC = Locale.forLanguageTag("ar-SA-u-nu-latn");

    ResultsFixture fixture;
    RequestPostProcessor manager;

    @BeforeEach
    void fixture() {
        fixture = new ResultsFixture(departments, services, staff, registry, segments, surveys, casework, satisfaction);
        manager = user(fixture.manager).roles("MANAGER");
    }

    @Test
    void aManagerSeesTheHeadlineTheTrendEveryBreakdownAndThePerStaffTable() throws Exception {
        String today = LocalDate.now(Dates.RIYADH).toString();
        mvc.perform(get("/satisfaction").param("from", today).param("to", today).param("calendar", "hijri").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"headline\"")))
                .andExpect(content().string(containsString("id=\"trend\"")))
                .andExpect(content().string(containsString(DateTimeFormatter.ofPattern("MMMM y", ARABIC)
                        .withChronology(HijrahChronology.INSTANCE).format(LocalDate.parse(today)))))
                .andExpect(content().string(containsString("id=\"by-service\"")))
                .andExpect(content().string(containsString(fixture.departmentA.getNameAr())))
                .andExpect(content().string(containsString(fixture.segment.getNameAr())))
                .andExpect(content().string(containsString("id=\"by-staff\"")))
                .andExpect(content().string(containsString("موظف " + fixture.staffA)))
                .andExpect(content().string(containsString("أقل من 5 إجابات: الأرقام محجوبة")))
                .andExpect(content().string(containsString("/satisfaction/comments")));
    }

    @Test
    void theBoardAndAdministratorsSeeNoFigurePerPersonNorTheComments() throws Exception {
        for (Role role : new Role[] { Role.BOARD, Role.ADMIN }) {
            var reader = user(TestAccounts.ensure(staff, role)).roles(role.name());
            mvc.perform(get("/satisfaction").with(reader))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(fixture.departmentA.getNameAr())))
                    .andExpect(content().string(not(containsString("id=\"by-staff\""))))
                    .andExpect(content().string(not(containsString(fixture.staffA))));
            mvc.perform(get("/satisfaction/comments").with(reader)).andExpect(status().isForbidden());
        }
    }

    @Test
    void officersAndStaffSeeOnlyTheirOwnAndTheirDepartmentsFigures() throws Exception {
        var staffA = user(fixture.staffA).roles("STAFF");
        mvc.perform(get("/satisfaction").with(staffA)).andExpect(status().isForbidden());
        mvc.perform(get("/satisfaction/comments").with(staffA)).andExpect(status().isForbidden());
        mvc.perform(get("/satisfaction/mine").with(staffA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mine-own\"")))
                .andExpect(content().string(containsString(fixture.departmentA.getNameAr())))
                .andExpect(content().string(containsString("50.0%")))
                .andExpect(content().string(not(containsString(fixture.staffB))));
        mvc.perform(get("/satisfaction/mine").with(user(fixture.staffB).roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("أقل من 5 إجابات: الأرقام محجوبة")))
                .andExpect(content().string(not(containsString("100.0%"))));
    }

    @Test
    void aBadPeriodIsNamedAndTheDefaultPeriodShown() throws Exception {
        mvc.perform(get("/satisfaction").param("from", "2026-13-01").with(manager))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("problems"))
                .andExpect(content().string(containsString("التاريخ غير صحيح")));
    }

    @Test
    void theCommentsPageFiltersByScoreAndShowsAnonymousCommentsWithoutARequest() throws Exception {
        mvc.perform(get("/satisfaction/comments").param("service", fixture.serviceA.getId().toString())
                        .param("score", "5").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fixture.anonymousComment)))
                .andExpect(content().string(containsString("مجهول الهوية")))
                .andExpect(content().string(not(containsString(fixture.namedComment))))
                .andExpect(content().string(not(containsString("/requests/REQ"))));
    }
}
