package sa.silah.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.audit.AuditEntry;
import sa.silah.audit.AuditTrail;
import sa.silah.audit.PersonalDataAccess;
import sa.silah.shared.Channel;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

@IntegrationTest
class BeneficiaryPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    AuditTrail audit;

    RequestPostProcessor officer = user("page-officer").roles("OFFICER");

    @Test
    void theRegistryIsArabicAndRightToLeftByDefault() throws Exception {
        mvc.perform(get("/beneficiaries").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("bootstrap.rtl.min.css")))
                .andExpect(content().string(containsString("المستفيدون")));
    }

    @Test
    void englishIsASwitchRememberedInACookie() throws Exception {
        var switched = mvc.perform(get("/beneficiaries").param("lang", "en").with(officer))
                .andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
                .andReturn().getResponse().getCookie("silah-lang");
        assertThat(switched).isNotNull();
        mvc.perform(get("/beneficiaries").cookie(switched).with(officer))
                .andExpect(content().string(containsString("Beneficiaries")))
                .andExpect(content().string(not(containsString("bootstrap.rtl.min.css"))));
    }

    @Test
    void registersThroughTheFormAndOpensTheProfile() throws Exception {
        String name = "منيرة بنت سعد " + TestData.uniqueWord();
        String location = mvc.perform(post("/beneficiaries").with(officer).with(csrf())
                        .param("type", "INDIVIDUAL").param("fullName", name)
                        .param("nationalId", TestData.nationalId('1')).param("mobile", TestData.mobile())
                        .param("segments", "WIDOWS", "LOW_INCOME"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/beneficiaries/*?registered"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location.substring(0, location.indexOf('?'))).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("الأرامل")));
    }

    @Test
    void theFormKeepsTheLanguageOfMessagesAndTheChannelsNotToUse() throws Exception {
        String location = mvc.perform(post("/beneficiaries").with(officer).with(csrf())
                        .param("type", "INDIVIDUAL").param("fullName", "لمى " + TestData.uniqueWord())
                        .param("mobile", TestData.mobile()).param("language", "en").param("optOuts", "SMS", "WHATSAPP"))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        String profile = location.substring(0, location.indexOf('?'));

        mvc.perform(get(profile).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لغة الرسائل")))
                .andExpect(content().string(containsString("الإنجليزية")))
                .andExpect(content().string(containsString("لا ترسل عبر")));
        mvc.perform(get(profile + "/edit").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"en\" selected")))
                .andExpect(content().string(containsString("value=\"SMS\" id=\"optOuts1\" name=\"optOuts\" checked")));
    }

    @Test
    void showsEachProblemBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        long before = registry.count();
        mvc.perform(post("/beneficiaries").with(officer).with(csrf())
                        .param("type", "INDIVIDUAL").param("fullName", "عبدالرحمن الدوسري")
                        .param("nationalId", "1234567890").param("mobile", "0521234567").param("city", "أبها"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "nationalId", "nationalId.invalid.checksum"))
                .andExpect(model().attributeHasFieldErrorCode("form", "mobile", "mobile.invalid"))
                .andExpect(content().string(containsString("خانة التحقق")))
                .andExpect(content().string(containsString("value=\"عبدالرحمن الدوسري\"")))
                .andExpect(content().string(containsString("value=\"أبها\"")));
        assertThat(registry.count()).isEqualTo(before);
    }

    @Test
    void refusesADuplicateNationalIdWithALinkToTheExistingRecord() throws Exception {
        String nationalId = TestData.nationalId('1');
        UUID existing = registry.register(person("سلمان العنزي", nationalId, null)).getId();
        mvc.perform(post("/beneficiaries").with(officer).with(csrf())
                        .param("type", "INDIVIDUAL").param("fullName", "سلمان بن فهد العنزي").param("nationalId", nationalId))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "nationalId", "beneficiary.nationalId.duplicate"))
                .andExpect(content().string(containsString("/beneficiaries/" + existing)));
    }

    @Test
    void warnsOfAProbableDuplicateAndSavesOnlyWhenConfirmed() throws Exception {
        String name = "ريم " + TestData.uniqueWord();
        String mobile = TestData.mobile();
        registry.register(person(name, null, mobile));
        long before = registry.count();

        mvc.perform(post("/beneficiaries").with(officer).with(csrf())
                        .param("type", "INDIVIDUAL").param("fullName", name).param("mobile", mobile))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("probableDuplicates"));
        assertThat(registry.count()).isEqualTo(before);

        mvc.perform(post("/beneficiaries").with(officer).with(csrf())
                        .param("type", "INDIVIDUAL").param("fullName", name).param("mobile", mobile)
                        .param("confirmDuplicate", "true"))
                .andExpect(status().isFound());
        assertThat(registry.count()).isEqualTo(before + 1);
    }

    @Test
    void answersHtmxSearchWithTheResultsFragmentOnly() throws Exception {
        String word = TestData.uniqueWord();
        registry.register(person("عائشة " + word, null, null));
        mvc.perform(get("/beneficiaries").param("q", "عايشه " + word).header("HX-Request", "true").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("عائشة " + word)))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/beneficiaries").param("q", "عايشه " + word).with(officer))
                .andExpect(content().string(containsString("<html")));
        mvc.perform(get("/beneficiaries").param("q", "عايشه " + word).header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true").with(officer))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void recordsWhoChangedWhatAndWhoOpenedTheRecord() throws Exception {
        Beneficiary created = registry.register(person("خالد " + TestData.uniqueWord(), null, null));
        String id = created.getId().toString();
        mvc.perform(post("/beneficiaries/" + id).with(user("auditor-officer").roles("OFFICER")).with(csrf())
                        .param("type", "INDIVIDUAL").param("fullName", created.getFullName()).param("city", "حائل"))
                .andExpect(status().isFound());
        mvc.perform(get("/beneficiaries/" + id).with(user("curious-officer").roles("OFFICER")))
                .andExpect(status().isOk());

        List<AuditEntry> changes = audit.changesOf(BeneficiaryRegistry.SUBJECT, id, PageRequest.of(0, 10)).getContent();
        assertThat(changes).extracting(AuditEntry::getAction).containsExactly("UPDATED", "CREATED");
        assertThat(changes.get(0).getActor()).isEqualTo("auditor-officer");
        assertThat(audit.fieldChanges(changes.get(0))).singleElement()
                .satisfies(change -> {
                    assertThat(change.field()).isEqualTo("city");
                    assertThat(change.oldValue()).isNull();
                    assertThat(change.newValue()).isEqualTo("حائل");
                });
        assertThat(audit.accessesOf(BeneficiaryRegistry.SUBJECT, id, PageRequest.of(0, 10)).getContent())
                .extracting(PersonalDataAccess::getActor).contains("curious-officer");
    }

    @Test
    void onlyAdministratorsReadTheAuditTrail() throws Exception {
        String id = registry.register(person("هيا " + TestData.uniqueWord(), null, null)).getId().toString();
        mvc.perform(get("/audit/BENEFICIARY/" + id).with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/audit/BENEFICIARY/" + id).with(SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("إنشاء")));
    }

    @Test
    void keepsTheHouseholdAndCountsDependents() throws Exception {
        Beneficiary head = registry.register(person("أمل " + TestData.uniqueWord(), null, null));
        String id = head.getId().toString();
        mvc.perform(post("/beneficiaries/" + id + "/household").with(officer).with(csrf())
                        .param("fullName", "يوسف").param("relation", "SON").param("birthDate", "2015-03-01")
                        .param("dependent", "true"))
                .andExpect(status().isFound());
        mvc.perform(post("/beneficiaries/" + id + "/household").with(officer).with(csrf())
                        .param("fullName", "مريم").param("relation", "DAUGHTER").param("nationalId", "1234567890"))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("householdProblems"));
        mvc.perform(get("/beneficiaries/" + id).with(officer))
                .andExpect(content().string(containsString("يوسف")))
                .andExpect(content().string(containsString("عدد الأفراد 2، والمعالون 1")));
    }

    @Test
    void recordsAndWithdrawsConsent() throws Exception {
        Beneficiary beneficiary = registry.register(person("حصة " + TestData.uniqueWord(), null, null));
        String id = beneficiary.getId().toString();
        mvc.perform(post("/beneficiaries/" + id + "/consents").with(officer).with(csrf())
                        .param("purpose", "NOTIFICATIONS").param("channel", "PHONE"))
                .andExpect(status().isFound());
        Beneficiary withConsent = registry.open(beneficiary.getId());
        assertThat(withConsent.hasActiveConsent(ConsentPurpose.NOTIFICATIONS)).isTrue();
        long consentId = withConsent.getConsents().get(0).getId();
        mvc.perform(post("/beneficiaries/" + id + "/consents/" + consentId + "/withdraw").with(officer).with(csrf()))
                .andExpect(status().isFound());
        assertThat(registry.open(beneficiary.getId()).hasActiveConsent(ConsentPurpose.NOTIFICATIONS)).isFalse();
    }

    @Test
    void anOfficerRecordsAnObjectionToAPurposeWithoutAConsentOnRecord() throws Exception {
        Beneficiary beneficiary = registry.register(person("منيرة " + TestData.uniqueWord(), null, null));
        String id = beneficiary.getId().toString();

        mvc.perform(post("/beneficiaries/" + id + "/consents/withdraw").with(officer).with(csrf())
                        .param("purpose", "SATISFACTION_SURVEYS").param("channel", "PHONE"))
                .andExpect(status().isFound());

        Beneficiary objected = registry.open(beneficiary.getId());
        assertThat(objected.mayProcessFor(ConsentPurpose.SATISFACTION_SURVEYS)).isFalse();
        assertThat(objected.mayProcessFor(ConsentPurpose.NOTIFICATIONS)).isTrue();
        assertThat(objected.getConsents()).singleElement().satisfies(consent -> {
            assertThat(consent.isObjection()).isTrue();
            assertThat(consent.getChannel()).isEqualTo(Channel.PHONE);
            assertThat(consent.getPrivacyNoticeVersion()).isNotNull();
        });
        mvc.perform(get("/beneficiaries/" + id).with(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("اعترض في")));
        mvc.perform(post("/beneficiaries/" + id + "/consents/withdraw").with(officer).with(csrf())
                        .param("channel", "PHONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("اختر الغرض")));
    }

    @Test
    void departmentStaffReadButDoNotRegister() throws Exception {
        var departmentStaff = user("dept-staff").roles("STAFF");
        mvc.perform(get("/beneficiaries").with(departmentStaff)).andExpect(status().isOk());
        mvc.perform(post("/beneficiaries").with(departmentStaff).with(csrf()).param("fullName", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/beneficiaries").with(user("board-member").roles("BOARD"))).andExpect(status().isForbidden());
    }

    private static BeneficiaryDetails person(String name, String nationalId, String mobile) {
        return new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, name, null, nationalId, null, null, null, null, null,
                null, null, mobile, null, null, List.of());
    }
}
