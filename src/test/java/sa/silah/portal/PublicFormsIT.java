package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

@IntegrationTest
class PublicFormsIT {

    private static final Pattern REFERENCE = Pattern.compile("REQ-[0-9]+-[0-9]+");

    @Autowired
    MockMvc mvc;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SiteProperties limits;

    PublicSiteFixture fixture;
    RequestPostProcessor address;

    @BeforeEach
    void fixture() {
        fixture = new PublicSiteFixture(departments, services);
        address = PublicSiteFixture.newAddress();
    }

    @Test
    void eachFormIsPublicAndAccessible() throws Exception {
        for (String form : List.of("inquiry", "suggestion", "complaint", "service", "volunteer")) {
            mvc.perform(get("/forms/" + form))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                    .andExpect(content().string(containsString("name=\"_csrf\"")))
                    .andExpect(content().string(containsString("<label for=\"mobile\">")))
                    .andExpect(content().string(containsString("aria-describedby=\"mobile-hint\"")));
        }
        mvc.perform(get("/forms/other")).andExpect(status().isNotFound());
    }

    @Test
    void anInquiryGetsAReferenceAndExpectedDateAndTheSenderIsKeptOnTheRequest() throws Exception {
        String mobile = TestData.mobile();
        String body = send("inquiry", Map.of("subject", "مواعيد الدوام", "description", "متى تفتحون يوم الخميس؟",
                "name", "نورة " + fixture.suffix, "mobile", mobile, "email", "noura@example.com"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("استلمنا طلبك")))
                .andExpect(content().string(containsString("هـ")))
                .andReturn().getResponse().getContentAsString();
        String ref = reference(body);
        Map<String, Object> row = request(ref);
        assertThat(row).containsEntry("CHANNEL", "WEBSITE").containsEntry("KIND", "INQUIRY")
                .containsEntry("SUBMITTER_NAME", "نورة " + fixture.suffix)
                .containsEntry("SUBMITTER_MOBILE", SaudiMobile.parse(mobile).e164())
                .containsEntry("SUBMITTER_EMAIL", "noura@example.com");
        assertThat(row.get("BENEFICIARY_ID")).isNull();
        assertThat(body).contains("/track?ref=" + ref);
    }

    @Test
    void staffSeeWhoSentARequestWithoutABeneficiaryRecord() throws Exception {
        String mobile = TestData.mobile();
        String ref = reference(send("inquiry", Map.of("subject", "سؤال", "description", "نص", "name", "لمى " + fixture.suffix,
                "mobile", mobile, "email", "lama@example.com")).andReturn().getResponse().getContentAsString());
        mvc.perform(get("/requests/" + ref).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لمى " + fixture.suffix)))
                .andExpect(content().string(containsString(SaudiMobile.parse(mobile).e164())))
                .andExpect(content().string(containsString("lama@example.com")))
                .andExpect(content().string(containsString("أُرسل من الموقع العام")));
    }

    @Test
    void theSenderWithoutABeneficiaryRecordIsToldTheReferenceBySms() throws Exception {
        String mobile = TestData.mobile();
        String ref = reference(send("suggestion", Map.of("subject", "اقتراح", "description", "مواقف أكثر للزوار",
                "name", "خالد", "mobile", mobile)).andReturn().getResponse().getContentAsString());
        await().atMost(Duration.ofSeconds(20)).until(() -> !notifications(ref).isEmpty());
        assertThat(notifications(ref)).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("CHANNEL", "SMS").containsEntry("TEMPLATE_KEY", "REQUEST_RECEIVED")
                    .containsEntry("RECIPIENT", SaudiMobile.parse(mobile).e164());
            assertThat((String) message.get("BODY")).contains(ref).contains("/track?ref=" + ref);
        });
    }

    @Test
    void aMobileHeldByExactlyOneBeneficiaryNamesThatBeneficiary() throws Exception {
        String mobile = TestData.mobile();
        var beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "فاطمة " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, null, null, null, null,
                mobile, null, null, List.of()));
        String ref = reference(send("service", Map.of("serviceCode", fixture.publicService, "description", "أسرة من ستة أفراد",
                "name", "فاطمة", "mobile", mobile)).andReturn().getResponse().getContentAsString());
        Map<String, Object> row = request(ref);
        assertThat(row.get("BENEFICIARY_ID").toString()).isEqualTo(beneficiary.getId().toString());
        assertThat(row.get("SUBMITTER_NAME")).isNull();
        assertThat(row.get("SUBMITTER_MOBILE")).isNull();
        assertThat((String) row.get("SUBJECT")).contains("سلة غذائية " + fixture.suffix);
    }

    @Test
    void aServiceRequestMayOnlyNameAPublicService() throws Exception {
        send("service", Map.of("serviceCode", fixture.privateService, "description", "تفاصيل لا تضيع", "name", "سعد",
                "mobile", TestData.mobile()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"serviceCode-error\"")))
                .andExpect(content().string(containsString("تفاصيل لا تضيع")));
        mvc.perform(get("/forms/service").param("service", fixture.publicService))
                .andExpect(content().string(containsString("value=\"" + fixture.publicService + "\" selected")));
    }

    @Test
    void aVolunteeringApplicationKeepsSkillsAvailabilityAndInterests() throws Exception {
        String ref = reference(send("volunteer", Map.of("description", "التصميم والتصوير", "availability", "مساء الأحد",
                "interests", "كبار السن", "name", "ريم", "mobile", TestData.mobile()))
                .andReturn().getResponse().getContentAsString());
        Map<String, Object> row = request(ref);
        assertThat(row).containsEntry("KIND", "VOLUNTEERING").containsEntry("SUBJECT", "تطوع");
        assertThat((String) row.get("DESCRIPTION")).contains("المهارات: التصميم والتصوير")
                .contains("الأوقات المتاحة: مساء الأحد").contains("مجالات الاهتمام: كبار السن");
    }

    @Test
    void anAnonymousComplaintKeepsNoNameAndWithoutAMobileCannotBeTracked() throws Exception {
        String body = send("complaint", Map.of("subject", "تأخر الرد", "description", "انتظرت أسبوعين",
                "name", "اسم لا يحفظ", "anonymous", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لا يمكن متابعة هذه الشكوى")))
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> row = request(reference(body));
        assertThat(row.get("SUBMITTER_NAME")).isNull();
        assertThat(row.get("SUBMITTER_MOBILE")).isNull();
        assertThat(row.get("BENEFICIARY_ID")).isNull();
        assertThat(body).doesNotContain("/track?ref=");
    }

    @Test
    void badInputShowsEachProblemBesideItsFieldAndKeepsEverythingTyped() throws Exception {
        send("inquiry", Map.of("subject", "", "description", "سؤال مكتوب لا يضيع", "name", "", "mobile", "0521234567",
                "email", "بريد-خطأ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لم يُرسل النموذج")))
                .andExpect(content().string(containsString("id=\"subject-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"subject-error\"")))
                .andExpect(content().string(containsString("اكتب اسمك.")))
                .andExpect(content().string(containsString("اكتب رقم جوال سعودياً صحيحاً")))
                .andExpect(content().string(containsString("aria-describedby=\"mobile-hint mobile-error\"")))
                .andExpect(content().string(containsString("اكتب بريداً إلكترونياً صحيحاً")))
                .andExpect(content().string(containsString("سؤال مكتوب لا يضيع")))
                .andExpect(content().string(containsString("value=\"0521234567\"")))
                .andExpect(content().string(containsString("value=\"بريد-خطأ\"")))
                .andExpect(content().string(not(containsString("REQ-"))));
    }

    @Test
    void aFilledHoneypotSendsNothing() throws Exception {
        String subject = "روبوت " + fixture.suffix;
        send("inquiry", Map.of("subject", subject, "description", "رسالة آلية", "name", "bot", "mobile", TestData.mobile(),
                "fax", "http://spam.example"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("تعذّر إرسال النموذج")));
        assertThat(jdbc.sql("select count(*) from request where subject = ?").param(subject).query(Long.class).single())
                .isZero();
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/forms/inquiry").with(address).param("subject", "x").param("description", "y")
                .param("name", "z").param("mobile", TestData.mobile())).andExpect(status().isForbidden());
    }

    @Test
    void oneAddressMaySendOnlySoManyFormsAndKeepsWhatItTyped() throws Exception {
        for (int i = 0; i < limits.submissionsPerIp(); i++) {
            send("suggestion", Map.of("subject", "اقتراح " + i, "description", "نص", "name", "سلمان",
                    "mobile", TestData.mobile())).andExpect(status().isOk());
        }
        send("suggestion", Map.of("subject", "اقتراح زائد", "description", "نص يبقى بعد الرفض", "name", "سلمان",
                "mobile", TestData.mobile()))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("أرسلت نماذج كثيرة")))
                .andExpect(content().string(containsString("نص يبقى بعد الرفض")));
    }

    @Test
    void oneMobileMaySendOnlySoManyFormsFromAnyAddress() throws Exception {
        String mobile = TestData.mobile();
        for (int i = 0; i < limits.submissionsPerMobile(); i++) {
            address = PublicSiteFixture.newAddress();
            send("inquiry", Map.of("subject", "سؤال " + i, "description", "نص", "name", "هند", "mobile", mobile))
                    .andExpect(status().isOk());
        }
        address = PublicSiteFixture.newAddress();
        String written = mobile.replaceFirst("^0", "966");
        send("inquiry", Map.of("subject", "سؤال زائد", "description", "نص", "name", "هند", "mobile", written))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void overlongInputIsRefusedBesideTheField() throws Exception {
        send("inquiry", Map.of("subject", "س".repeat(201), "description", "نص", "name", "ن".repeat(201),
                "mobile", TestData.mobile()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"subject-error\"")))
                .andExpect(content().string(containsString("id=\"name-error\"")));
    }

    private ResultActions send(String form, Map<String, String> fields)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/forms/" + form).with(csrf()).with(address);
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    private static String reference(String page) {
        Matcher matcher = REFERENCE.matcher(page);
        assertThat(matcher.find()).as("a reference number on the page").isTrue();
        return matcher.group();
    }

    private Map<String, Object> request(String ref) {
        return upperKeys(jdbc.sql("select * from request where reference_number = ?").param(ref).query().singleRow());
    }

    private List<Map<String, Object>> notifications(String ref) {
        return jdbc.sql("select channel, recipient, template_key, body from notification where request_ref = ?")
                .param(ref).query().listOfRows().stream().map(PublicFormsIT::upperKeys).toList();
    }

    /** H2 names columns in capitals and PostgreSQL in small letters. */
    private static Map<String, Object> upperKeys(Map<String, Object> row) {
        Map<String, Object> upper = new HashMap<>();
        row.forEach((key, value) -> upper.put(key.toUpperCase(Locale.ROOT), value));
        return upper;
    }
}
