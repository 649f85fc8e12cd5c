package sa.silah.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.test.IntegrationTest;

@IntegrationTest
class CatalogPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog catalog;

    RequestPostProcessor admin = user("catalog-admin").roles("ADMIN");

    @Test
    void addsAndRenamesADepartmentThroughTheForms() throws Exception {
        String code = ServiceApiIT.uniqueCode("DEP");
        mvc.perform(post("/admin/departments").with(admin).with(csrf())
                        .param("code", code.toLowerCase()).param("nameAr", "قسم الشراكات").param("nameEn", "Partnerships"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/departments"));
        Department created = departments.findByCode(code).orElseThrow();
        mvc.perform(get("/admin/departments").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("قسم الشراكات")))
                .andExpect(content().string(containsString(code)));

        mvc.perform(post("/admin/departments/" + created.getId()).with(admin).with(csrf())
                        .param("code", "CHANGED").param("nameAr", "قسم الشراكات المجتمعية").param("nameEn", "Community partnerships"))
                .andExpect(status().isFound());
        assertThat(departments.get(created.getId())).satisfies(department -> {
            assertThat(department.getCode()).as("fixed once created").isEqualTo(code);
            assertThat(department.getNameAr()).isEqualTo("قسم الشراكات المجتمعية");
        });
    }

    @Test
    void keepsWhatWasTypedWhenADepartmentIsRefused() throws Exception {
        mvc.perform(post("/admin/departments").with(admin).with(csrf())
                        .param("code", "قسم").param("nameAr", "قسم المتابعة").param("nameEn", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "department.code.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "nameEn", "department.name.required"))
                .andExpect(content().string(containsString("value=\"قسم المتابعة\"")))
                .andExpect(content().string(containsString("value=\"قسم\"")));
    }

    @Test
    void addsAServiceThroughTheFormAndSaysItsDurationInWords() throws Exception {
        Department department = departments.create(ServiceApiIT.uniqueCode("DEP"), "قسم الخدمات الوقفية", "Waqf services");
        String code = ServiceApiIT.uniqueCode("WAQF");
        mvc.perform(post("/admin/services").with(admin).with(csrf())
                        .param("code", code).param("nameAr", "استشارة وقفية").param("nameEn", "Waqf consultation")
                        .param("department", department.getCode())
                        .param("durationAmount", "4").param("durationUnit", "HOURS")
                        .param("requiredDocumentsAr", "صورة الهوية الوطنية\nصك الوقف")
                        .param("requiredDocumentsEn", "Copy of the national ID\nWaqf deed")
                        .param("eligibleSegments", "WAQF_FOUNDERS", "NAZIRS")
                        .param("active", "true").param("_active", "on")
                        .param("publicService", "true").param("_publicService", "on"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/services"));

        ServiceOffering service = catalog.findByCode(code).orElseThrow();
        assertThat(service.getStandardDuration().toString()).isEqualTo("PT4H");
        assertThat(service.getRequiredDocuments()).containsExactly(
                new RequiredDocument("صورة الهوية الوطنية", "Copy of the national ID"),
                new RequiredDocument("صك الوقف", "Waqf deed"));
        assertThat(service.getEligibleSegments()).containsExactly("NAZIRS", "WAQF_FOUNDERS");
        assertThat(service.isPublicService()).isTrue();

        mvc.perform(get("/admin/departments/" + department.getId()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("استشارة وقفية")))
                .andExpect(content().string(containsString("4 ساعات عمل")));
        mvc.perform(get("/admin/services/" + service.getId()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"4\"")))
                .andExpect(content().string(containsString("صك الوقف")));
        mvc.perform(get("/admin/services").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("href=\"/admin/departments\"")));
    }

    @Test
    void showsEachProblemBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        long before = catalog.count();
        mvc.perform(post("/admin/services").with(admin).with(csrf())
                        .param("code", "FOOD_BASKET_X").param("nameAr", "سلة غذائية شهرية").param("nameEn", "")
                        .param("durationAmount", "ثلاثة").param("durationUnit", "DAYS")
                        .param("requiredDocumentsAr", "صورة سجل الأسرة")
                        .param("requiredDocumentsEn", "Copy of the family record\nBank statement"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "nameEn", "service.name.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "department", "service.department.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "standardDuration", "service.standardDuration.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "requiredDocuments",
                        "service.requiredDocuments.arabicRequired"))
                .andExpect(content().string(containsString("value=\"سلة غذائية شهرية\"")))
                .andExpect(content().string(containsString("value=\"ثلاثة\"")))
                .andExpect(content().string(containsString("Bank statement")))
                .andExpect(content().string(containsString("أدخل عددًا صحيحًا من أيام العمل")));
        assertThat(catalog.count()).isEqualTo(before);
    }

    @Test
    void refusesATakenCodeWithALinkToTheServiceThatHasIt() throws Exception {
        Department department = departments.create(ServiceApiIT.uniqueCode("DEP"), "قسم البرامج", "Programmes");
        ServiceOffering existing = catalog.create(new ServiceDetails(ServiceApiIT.uniqueCode("TRAIN"),
                "التسجيل في برنامج تدريبي", "Training registration", null, null, department.getCode(), "P2D", List.of(),
                List.of(), true, true));
        mvc.perform(post("/admin/services").with(admin).with(csrf())
                        .param("code", existing.getCode()).param("nameAr", "تدريب").param("nameEn", "Training")
                        .param("department", department.getCode()).param("durationAmount", "2"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "service.code.taken"))
                .andExpect(content().string(containsString("/admin/services/" + existing.getId())));
    }

    @Test
    void changesAServiceButNeverItsCode() throws Exception {
        Department department = departments.create(ServiceApiIT.uniqueCode("DEP"), "قسم الرعاية", "Care");
        ServiceOffering service = catalog.create(new ServiceDetails(ServiceApiIT.uniqueCode("RENT"), "دعم الإيجار",
                "Rent support", null, null, department.getCode(), "P10D", List.of(), List.of("LOW_INCOME"), true, true));
        mvc.perform(post("/admin/services/" + service.getId()).with(admin).with(csrf())
                        .param("code", "SOMETHING_ELSE").param("nameAr", "دعم سداد الإيجار").param("nameEn", "Rent support")
                        .param("department", department.getCode()).param("durationAmount", "7")
                        .param("durationUnit", "DAYS").param("_active", "on").param("_publicService", "on"))
                .andExpect(status().isFound());

        ServiceOffering changed = catalog.get(service.getId());
        assertThat(changed.getCode()).isEqualTo(service.getCode());
        assertThat(changed.getNameAr()).isEqualTo("دعم سداد الإيجار");
        assertThat(changed.getStandardDuration().toString()).isEqualTo("P7D");
        assertThat(changed.getEligibleSegments()).as("unticked: everyone").isEmpty();
        assertThat(changed.isActive()).isFalse();
    }

    @Test
    void onlyAdministratorsOpenTheCatalogPages() throws Exception {
        for (String role : new String[] { "OFFICER", "MANAGER", "STAFF" }) {
            var member = user("catalog-" + role.toLowerCase()).roles(role);
            mvc.perform(get("/admin/services").with(member)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/departments").with(member)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/departments").with(member).with(csrf()).param("code", "NOPE"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/services/new").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/departments/new").with(admin)).andExpect(status().isOk());
    }
}
