package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.Consent;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * The privacy notice as versioned data: version 1 from the migration, publishing the next from the administration
 * page, the public page showing the version in force from its stored text, earlier versions still readable, and
 * every consent naming the version in force when it was given.
 */
@IntegrationTest
class PrivacyNoticeIT {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Autowired
    MockMvc mvc;
    @Autowired
    PrivacyNoticeLibrary library;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    StaffManagement staff;

    RequestPostProcessor admin;
    String word;

    @BeforeEach
    void accounts() {
        admin = user(TestAccounts.ensure(staff, Role.ADMIN)).roles("ADMIN");
        word = TestData.uniqueWord();
    }

    @Test
    void aFreshInstallHasTheFirstVersionFromTheFormerNoticeText() {
        PrivacyNotice first = library.version(1);

        assertThat(first.getPublishedBy()).isEqualTo("system");
        assertThat(first.paragraphs(ARABIC)).hasSize(8)
                .startsWith("ما البيانات التي نحفظها");
        assertThat(first.paragraphs(Locale.ENGLISH)).contains("Your rights");
    }

    @Test
    void aPublishedVersionIsInForceOnThePublicPageAndTheOneBeforeStaysReadable() throws Exception {
        int before = library.current().getVersion();

        mvc.perform(post("/admin/privacy-notice").with(admin).with(csrf())
                        .param("textAr", "  فقرة أولى " + word + " <b>عريض</b>\n\n\n  فقرة ثانية\r\nتكملتها  ")
                        .param("textEn", "First paragraph " + word + "\n\nSecond paragraph"))
                .andExpect(redirectedUrl("/admin/privacy-notice"));

        PrivacyNotice published = library.current();
        assertThat(published.getVersion()).isEqualTo(before + 1);
        assertThat(published.getTextAr()).startsWith("فقرة أولى").endsWith("تكملتها").doesNotContain("\r");
        assertThat(published.getPublishedBy()).isNotBlank();
        mvc.perform(get("/privacy")).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<p>فقرة أولى " + word + " &lt;b&gt;عريض&lt;/b&gt;</p>"),
                        containsString("<p>فقرة ثانية\nتكملتها</p>"),
                        containsString("href=\"/privacy/versions/" + before + "\""),
                        not(containsString("<b>عريض</b>")))));
        mvc.perform(get("/privacy").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<p>First paragraph " + word + "</p>"),
                        containsString("<p>Second paragraph</p>"))));
        mvc.perform(get("/privacy/versions/" + before)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(library.version(before).paragraphs(
                                ARABIC).get(0)),
                        containsString("href=\"/privacy\""), not(containsString(word)))));
        mvc.perform(get("/privacy/versions/" + (before + 50))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/privacy-notice").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/privacy/versions/" + (before + 1) + "\"")));
    }

    @Test
    void anEmptyArabicTextIsRefusedOnItsFieldAndNothingIsPublished() throws Exception {
        PrivacyNotice before = library.current();

        mvc.perform(post("/admin/privacy-notice").with(admin).with(csrf()).param("textAr", " \n ")
                        .param("textEn", "English only " + word))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "textAr", "privacyNotice.textAr.required"))
                .andExpect(content().string(allOf(containsString("is-invalid"), containsString("English only " + word))));

        assertThat(library.current().getVersion()).isEqualTo(before.getVersion());
        assertThat(library.versions(PageRequest.of(0, 100)).getContent())
                .noneMatch(notice -> notice.getTextAr().isBlank());
    }

    @Test
    void onlyAnAdministratorReachesTheNoticeAdministration() throws Exception {
        for (Role role : List.of(Role.MANAGER, Role.OFFICER, Role.STAFF)) {
            var someone = user(TestAccounts.ensure(staff, role)).roles(role.name());
            mvc.perform(get("/admin/privacy-notice").with(someone)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/privacy-notice").with(someone).with(csrf()).param("textAr", "نص " + word))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/privacy-notice")).andExpect(redirectedUrl("/login"));
        assertThat(library.current().getTextAr()).doesNotContain(word);
        mvc.perform(get("/admin/privacy-notice").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"privacy-notice-versions\"")));
    }

    @Test
    void aConsentNamesTheNoticeVersionInForceWhenItWasGiven() throws Exception {
        UUID beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "ريم " + word, null,
                TestData.nationalId('1'), null, null, null, null, null, null, null, TestData.mobile(), null, null,
                List.of(), null, Set.of())).getId();
        int inForce = library.current().getVersion();
        registry.recordConsent(beneficiary, ConsentPurpose.OUTREACH, Channel.INTERVIEW);
        int next = library.publish("إشعار جديد " + word, null).getVersion();
        registry.recordConsent(beneficiary, ConsentPurpose.NOTIFICATIONS, Channel.PHONE);

        assertThat(registry.open(beneficiary).getConsents())
                .extracting(Consent::getPurpose, Consent::getPrivacyNoticeVersion)
                .containsExactlyInAnyOrder(tuple(ConsentPurpose.OUTREACH, inForce),
                        tuple(ConsentPurpose.NOTIFICATIONS, next));
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        mvc.perform(get("/beneficiaries/" + beneficiary).with(user(officer).roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("الإصدار " + inForce),
                        containsString("الإصدار " + next))));
        mvc.perform(get("/api/v1/beneficiaries/" + beneficiary).with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consents[?(@.purpose == 'NOTIFICATIONS')].privacyNoticeVersion").value(next))
                .andExpect(jsonPath("$.consents[?(@.purpose == 'OUTREACH')].privacyNoticeVersion").value(inForce));
    }
}
