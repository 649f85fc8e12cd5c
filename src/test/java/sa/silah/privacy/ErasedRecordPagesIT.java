package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/** The legal hold on the staff profile, and how an erased record reads on the pages and in the API. */
@IntegrationTest
class ErasedRecordPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    PersonalDataErasure erasure;
    @Autowired
    StaffManagement staff;

    RequestPostProcessor admin = user("hold-admin").roles("ADMIN");
    RequestPostProcessor officer = user("hold-officer").roles("OFFICER");
    String apiOfficer;

    @BeforeEach
    void accounts() {
        apiOfficer = TestAccounts.ensure(staff, Role.OFFICER);
    }

    @Test
    void anAdministratorPlacesALegalHoldWithItsReasonAndReleasesIt() throws Exception {
        UUID id = person("<b>غادة</b> " + TestData.uniqueWord()).getId();
        String reason = "قضية رقم " + TestData.uniqueWord();

        mvc.perform(post("/beneficiaries/{id}/legal-hold", id).with(admin).with(csrf()).param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("اكتب سبب الحجز النظامي")));
        assertThat(registry.find(id).orElseThrow().isUnderLegalHold()).isFalse();

        mvc.perform(post("/beneficiaries/{id}/legal-hold", id).with(admin).with(csrf()).param("reason", reason))
                .andExpect(redirectedUrl("/beneficiaries/" + id));
        mvc.perform(get("/beneficiaries/{id}", id).with(officer))
                .andExpect(content().string(containsString("هذا السجل تحت حجز نظامي")))
                .andExpect(content().string(containsString(reason)))
                .andExpect(content().string(not(containsString("/legal-hold/release"))));
        mvc.perform(get("/api/v1/beneficiaries/{id}", id).with(httpBasic(apiOfficer, TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$.legalHold").value(true))
                .andExpect(jsonPath("$.legalHoldReason").value(reason))
                .andExpect(jsonPath("$.anonymised").value(false));

        mvc.perform(post("/beneficiaries/{id}/legal-hold/release", id).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/beneficiaries/" + id));
        assertThat(registry.find(id).orElseThrow().isUnderLegalHold()).isFalse();
    }

    @Test
    void onlyAnAdministratorPlacesOrReleasesAHold() throws Exception {
        UUID id = person("دانة " + TestData.uniqueWord()).getId();

        mvc.perform(post("/beneficiaries/{id}/legal-hold", id).with(officer).with(csrf()).param("reason", "تدقيق"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/beneficiaries/{id}", id).with(officer))
                .andExpect(content().string(not(containsString("/legal-hold"))));
        mvc.perform(get("/beneficiaries/{id}", id).with(admin))
                .andExpect(content().string(containsString("/beneficiaries/" + id + "/legal-hold")));
    }

    @Test
    void anErasedRecordSaysWhenItWasErasedAndRefusesEveryChange() throws Exception {
        UUID id = person("<i>وعد</i> " + TestData.uniqueWord()).getId();
        erasure.erase(id);

        mvc.perform(get("/beneficiaries/{id}", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"erased-banner\"")))
                .andExpect(content().string(containsString("أُتلف السجل في")))
                .andExpect(content().string(not(containsString("/beneficiaries/" + id + "/edit"))))
                .andExpect(content().string(not(containsString("/beneficiaries/" + id + "/consents\""))))
                .andExpect(content().string(not(containsString("/legal-hold"))));
        mvc.perform(get("/beneficiaries/{id}/edit", id).with(officer))
                .andExpect(redirectedUrl("/beneficiaries/" + id))
                .andExpect(flash().attribute("error", "beneficiary.erased.readOnly"));
        mvc.perform(post("/beneficiaries/{id}", id).with(officer).with(csrf())
                        .param("type", "INDIVIDUAL").param("fullName", "اسم جديد"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لم يعد تعديله ممكنًا")));
        assertThat(registry.find(id).orElseThrow().getFullName()).isNotEqualTo("اسم جديد");

        mvc.perform(get("/api/v1/beneficiaries/{id}", id).with(httpBasic(apiOfficer, TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$.anonymised").value(true))
                .andExpect(jsonPath("$.anonymisedAt").isNotEmpty())
                .andExpect(jsonPath("$.legalHold").value(false));
        mvc.perform(patch("/api/v1/beneficiaries/{id}", id).with(httpBasic(apiOfficer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"city\":\"جدة\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("record"));
    }

    @Test
    void theRegistryListsAnErasedRecordAsErasedAndNoLongerFindsItByName() throws Exception {
        String word = TestData.uniqueWord();
        Beneficiary erased = person("<script>x</script> " + word);
        erasure.erase(erased.getId());

        mvc.perform(get("/beneficiaries").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/beneficiaries/" + erased.getId())))
                .andExpect(content().string(containsString("سجل مُتلَف")))
                .andExpect(content().string(containsString("أُتلف في")))
                .andExpect(content().string(not(containsString("<script>x</script>"))));
        mvc.perform(get("/beneficiaries").with(officer).param("q", word))
                .andExpect(content().string(not(containsString("/beneficiaries/" + erased.getId()))));
    }

    private Beneficiary person(String name) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, name, null,
                TestData.nationalId('1'), null, null, null, null, null, null, null, TestData.mobile(), null, null,
                List.of()));
    }
}
