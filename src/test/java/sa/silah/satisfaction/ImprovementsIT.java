package sa.silah.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Dates;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;

@IntegrationTest
class ImprovementsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImprovementLog log;

    @Autowired
    Satisfaction satisfaction;

    @Autowired
    Casework casework;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    SatisfactionFixture fixture;
    RequestPostProcessor manager;
    LocalDate today;

    @BeforeEach
    void fixture() {
        fixture = new SatisfactionFixture(departments, services, staff, registry, casework, satisfaction);
        manager = user(fixture.manager).roles("MANAGER");
        today = LocalDate.now(Dates.RIYADH);
    }

    @Test
    void aManagerRecordsChangesAndRemovesAnImprovementThatThePublicSiteLists() throws Exception {
        String arabic = "اختصرنا مدة الرد على الاستفسارات " + fixture.suffix;
        String english = "We answer inquiries sooner " + fixture.suffix;
        mvc.perform(post("/improvements").with(manager).with(csrf()).param("textAr", arabic).param("textEn", english)
                        .param("madeOn", today.toString()).param("serviceId", Long.toString(fixture.serviceId)))
                .andExpect(redirectedUrl("/improvements"));
        Improvement made = log.list(PageRequest.of(0, 1)).getContent().get(0);
        assertThat(made.getTextAr()).isEqualTo(arabic);
        assertThat(made.getServiceId()).isEqualTo(fixture.serviceId);
        assertThat(made.getCreatedBy()).isEqualTo(fixture.manager);
        mvc.perform(get("/improvements").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString(arabic)))
                .andExpect(content().string(containsString("خدمة الرضا " + fixture.suffix)));

        mvc.perform(get("/you-said-we-did")).andExpect(status().isOk())
                .andExpect(content().string(containsString(arabic)))
                .andExpect(content().string(containsString("خدمة الرضا " + fixture.suffix)))
                .andExpect(content().string(containsString("هـ")));
        mvc.perform(get("/you-said-we-did").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(english)))
                .andExpect(content().string(containsString("Satisfaction service " + fixture.suffix)))
                .andExpect(content().string(not(containsString(arabic))));
        mvc.perform(get("/")).andExpect(content().string(containsString("/you-said-we-did")));

        String changed = "نرد على الاستفسارات خلال يوم عمل " + fixture.suffix;
        mvc.perform(get("/improvements/" + made.getId() + "/edit").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString(arabic)));
        mvc.perform(post("/improvements/" + made.getId() + "/edit").with(manager).with(csrf()).param("textAr", changed)
                        .param("textEn", english).param("madeOn", today.minusDays(1).toString()).param("serviceId", ""))
                .andExpect(redirectedUrl("/improvements"));
        Improvement edited = log.get(made.getId());
        assertThat(edited.getTextAr()).isEqualTo(changed);
        assertThat(edited.getMadeOn()).isEqualTo(today.minusDays(1));
        assertThat(edited.getServiceId()).isNull();

        mvc.perform(post("/improvements/" + made.getId() + "/delete").with(manager).with(csrf()))
                .andExpect(redirectedUrl("/improvements"));
        mvc.perform(get("/you-said-we-did")).andExpect(content().string(not(containsString(changed))));
    }

    @Test
    void mistakesAreShownBesideTheirFieldsKeepingWhatWasTyped() throws Exception {
        long before = log.list(PageRequest.of(0, 1)).getTotalElements();
        mvc.perform(post("/improvements").with(manager).with(csrf()).param("textAr", " ")
                        .param("textEn", "Kept as typed " + fixture.suffix)
                        .param("madeOn", today.plusDays(1).toString()).param("serviceId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "textAr", "improvement.text.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "madeOn", "improvement.madeOn.future"))
                .andExpect(model().attributeHasFieldErrorCode("form", "serviceId", "improvement.service.unknown"))
                .andExpect(content().string(containsString("Kept as typed " + fixture.suffix)));
        mvc.perform(post("/improvements").with(manager).with(csrf()).param("textAr", "نص")
                        .param("textEn", "x".repeat(1001)).param("madeOn", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "textEn", "validation.tooLong"))
                .andExpect(model().attributeHasFieldErrorCode("form", "madeOn", "improvement.madeOn.required"));
        assertThat(log.list(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void anOfficerCannotManageImprovements() throws Exception {
        RequestPostProcessor officer = user(fixture.officer).roles("OFFICER");
        mvc.perform(get("/improvements").with(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/improvements").with(officer).with(csrf()).param("textAr", "نص").param("textEn", "text")
                .param("madeOn", today.toString())).andExpect(status().isForbidden());
        mvc.perform(get("/improvements")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/improvements").with(user("test-admin").roles("ADMIN"))).andExpect(status().isOk());
    }
}
