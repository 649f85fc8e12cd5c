package sa.silah.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.NeedAssessments;
import sa.silah.assessment.NeedLevel;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.HouseholdMemberDetails;
import sa.silah.beneficiary.Relation;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.NewRequest;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.catalog.ServiceDetails;
import sa.silah.portal.PortalBeneficiary;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * Eligibility on real registry, assessment and request data: the decision and its words, the API, the intake
 * fragment and an override recorded with its request and shown to managers, the portal's list and the admin section.
 */
@IntegrationTest
class EligibilityIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Eligibility eligibility;
    @Autowired
    EligibilityTexts texts;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    NeedAssessments assessments;
    @Autowired
    ServiceCatalog services;
    @Autowired
    DepartmentManagement departments;
    @Autowired
    Casework casework;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcTemplate jdbc;

    String suffix;
    /** For households in Riyadh of medium need or more, at most 1,500 SAR a member, once every six months. */
    String basket;
    /** For households of high need in Jeddah only. */
    String jeddah;
    String officer;
    String manager;
    UUID mother;

    @BeforeEach
    void servicesAndAMother() {
        suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String department = departments.create("EL_" + suffix, "إدارة الأهلية " + suffix, "Eligibility " + suffix)
                .getCode();
        basket = service("ELB_" + suffix, "سلة غذائية " + suffix, department);
        jeddah = service("ELJ_" + suffix, "إعانة جدة " + suffix, department);
        eligibility.change(basket, new EligibilityCriteria(NeedLevel.MEDIUM, new BigDecimal("1500"), 18, 60, 2, 6,
                List.of("الرياض"), 6), "admin");
        eligibility.change(jeddah, new EligibilityCriteria(NeedLevel.HIGH, null, null, null, null, null,
                List.of("جدة"), null), "admin");
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        manager = TestAccounts.ensure(staff, Role.MANAGER);
        mother = motherOfTwo();
    }

    @Test
    void decidesFromTheRegistryAndTheValidAssessmentAndSaysWhyInBothLanguages() {
        EligibilityDecision notAssessed = eligibility.check(mother, basket);
        assertThat(notAssessed.eligible()).isFalse();
        assertThat(notAssessed.failedRules()).containsExactly(EligibilityRule.NEED_LEVEL,
                EligibilityRule.INCOME_PER_MEMBER);
        assertThat(texts.text(notAssessed.reasons().get(0), Locale.forLanguageTag("ar")))
                .isEqualTo("لم يُقدّر احتياجه بعد (أو انتهت صلاحية تقديره)، والمشترط حاجة متوسطة فأعلى");

        assess(mother, "1800");
        EligibilityDecision decision = eligibility.check(mother, basket);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.reasons()).extracting(Reason::rule).containsExactly(EligibilityRule.NEED_LEVEL,
                EligibilityRule.INCOME_PER_MEMBER, EligibilityRule.AGE, EligibilityRule.HOUSEHOLD_SIZE,
                EligibilityRule.CITY, EligibilityRule.NOT_RECEIVED_WITHIN);
        // 1,800 over a household of three.
        assertThat(texts.text(decision.reasons().get(1), Locale.forLanguageTag("ar")))
                .isEqualTo("الدخل للفرد 600 ريال، والحد 1500 ريال");
        assertThat(texts.text(decision.reasons().get(1), Locale.ENGLISH))
                .isEqualTo("Income per member 600 SAR; the limit is 1500 SAR");
        assertThat(texts.text(decision.reasons().get(3), Locale.forLanguageTag("ar")))
                .isEqualTo("عدد أفراد أسرته 3، والمشترط أسرة عدد أفرادها من 2 إلى 6");

        assertThat(eligibility.check(mother, jeddah).failedRules()).containsExactly(EligibilityRule.CITY);
    }

    @Test
    void aServiceResolvedForTheBeneficiaryWithinTheMonthsIsNotGivenAgain() {
        assess(mother, "1800");
        Caseworker caseworker = casework.caseworker(officer);
        String ref = casework.submit(new NewRequest(mother, RequestKind.SERVICE, Channel.PHONE, basket, "سلة", null,
                null, null, null, null, null), caseworker).getReferenceNumber();
        assertThat(eligibility.check(mother, basket).eligible()).as("open, not yet received").isTrue();
        casework.changeStatus(ref, RequestStatus.IN_PROGRESS, null, caseworker);
        casework.changeStatus(ref, RequestStatus.RESOLVED, "سُلّمت السلة", caseworker);

        EligibilityDecision decision = eligibility.check(mother, basket);
        assertThat(decision.failedRules()).containsExactly(EligibilityRule.NOT_RECEIVED_WITHIN);
        assertThat(texts.text(decision.reasons().get(5), Locale.ENGLISH)).startsWith("Received the service on ")
                .contains("once every 6 months");
    }

    @Test
    void theApiAnswersTheDecisionWithCodesAndTextsAndProblemsForUnknownRecords() throws Exception {
        assess(mother, "1800");
        mvc.perform(get("/api/v1/beneficiaries/{id}/eligibility", mother).param("serviceCode", jeddah)
                        .header("Accept-Language", "en").with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[0].rule").value("NEED_LEVEL"))
                .andExpect(jsonPath("$.reasons[0].passed").value(true))
                .andExpect(jsonPath("$.reasons[0].text").value("Need level high; required: high need or higher"))
                .andExpect(jsonPath("$.reasons[1].rule").value("CITY"))
                .andExpect(jsonPath("$.reasons[1].passed").value(false));
        mvc.perform(get("/api/v1/beneficiaries/{id}/eligibility", mother).param("serviceCode", basket)
                        .with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.reasons[1].text").value("الدخل للفرد 600 ريال، والحد 1500 ريال"));

        mvc.perform(get("/api/v1/beneficiaries/{id}/eligibility", mother).param("serviceCode", "NO_SUCH_" + suffix)
                        .with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/beneficiaries/{id}/eligibility", UUID.randomUUID()).param("serviceCode", basket)
                        .with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/beneficiaries/{id}/eligibility", mother).param("serviceCode", basket))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theIntakeFragmentShowsTheDecisionAndTheOverrideField() throws Exception {
        mvc.perform(get("/eligibility/fragment").param("beneficiaryId", mother.toString())
                        .param("serviceCode", basket).header("HX-Request", "true").with(user(officer).roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("غير مؤهل لهذه الخدمة")))
                .andExpect(content().string(containsString("والمشترط حاجة متوسطة فأعلى")))
                .andExpect(content().string(containsString("name=\"eligibilityOverrideReason\"")))
                .andExpect(content().string(not(containsString("<html"))));
        assess(mother, "1800");
        mvc.perform(get("/eligibility/fragment").param("beneficiaryId", mother.toString())
                        .param("serviceCode", basket).with(user(officer).roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("مؤهل لهذه الخدمة")))
                .andExpect(content().string(not(containsString("eligibilityOverrideReason"))));
        mvc.perform(get("/intake").param("beneficiary", mother.toString()).with(user(officer).roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/eligibility/fragment\"")));
    }

    @Test
    void anOfficerOpensARequestForSomeoneNotEligibleOnlyWithAReasonRecordedForTheManagersReport() throws Exception {
        RequestPostProcessor asOfficer = user(officer).roles("OFFICER");
        String subject = "سلة رغم عدم الأهلية " + suffix;
        mvc.perform(intake("").with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "subject", Eligibility.OVERRIDE_FIELD));
        mvc.perform(intake(subject).with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", Eligibility.OVERRIDE_FIELD))
                .andExpect(content().string(containsString("اذكر سبب الاستثناء لفتح الطلب")))
                .andExpect(content().string(containsString(subject)));
        assertThat(jdbc.queryForObject("select count(*) from request where subject = ?", Long.class, subject))
                .isZero();

        String reason = "أسرة فقدت عائلها هذا الأسبوع ولم يُجرَ التقدير بعد " + suffix;
        mvc.perform(intake(subject).param(Eligibility.OVERRIDE_FIELD, reason).with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("REQ-14")));
        String ref = jdbc.queryForObject("select reference_number from request where subject = ?", String.class,
                subject);
        assertThat(jdbc.queryForList("select officer, request_reference, failed_rules from eligibility_override"
                + " where reason = ?", reason)).singleElement().satisfies(row -> assertThat(List.copyOf(row.values()))
                        .containsExactly(officer, ref, "NEED_LEVEL,INCOME_PER_MEMBER"));

        mvc.perform(get("/reports/eligibility-overrides").with(user(manager).roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("سلة غذائية " + suffix)))
                .andExpect(content().string(containsString(reason)))
                .andExpect(content().string(containsString(ref)));
        Long serviceId = services.getByCode(basket).getId();
        mvc.perform(get("/reports/eligibility-overrides").param("service", serviceId.toString())
                        .param("officer", officer).with(user(manager).roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("overrides", org.hamcrest.Matchers.hasProperty("totalElements",
                        org.hamcrest.Matchers.equalTo(1L))))
                .andExpect(content().string(containsString(reason)));
        assertThat(eligibility.overrideCounts(org.springframework.data.domain.PageRequest.of(0, 100)).getContent())
                .anySatisfy(count -> {
                    assertThat(count.serviceId()).isEqualTo(serviceId);
                    assertThat(count.officer()).isEqualTo(officer);
                    assertThat(count.overrides()).isEqualTo(1);
                });
    }

    @Test
    void theOverridesReportIsForManagersOnly() throws Exception {
        mvc.perform(get("/reports/eligibility-overrides").with(user("someone").roles("ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/eligibility-overrides").with(user("someone").roles("BOARD")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/eligibility-overrides").with(user(officer).roles("OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePortalListsOnlyTheServicesTheBeneficiaryMayApplyFor() throws Exception {
        assess(mother, "1800");
        RequestPostProcessor me = authentication(new UsernamePasswordAuthenticationToken(
                new PortalBeneficiary(mother, "+966550000000"), null,
                List.of(new SimpleGrantedAuthority("ROLE_BENEFICIARY"))));
        List<String> eligibleCodes = eligibility.eligibleServices(mother).stream().map(ServiceOffering::getCode)
                .toList();
        assertThat(eligibleCodes).contains(basket).doesNotContain(jeddah);
        // Other tests' services share the database, so the basket is on whichever page of ten its place puts it.
        int page = eligibleCodes.indexOf(basket) / 10;
        mvc.perform(get("/portal/services/eligible").param("page", String.valueOf(page)).with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("سلة غذائية " + suffix)))
                .andExpect(content().string(containsString("/portal/requests/new?serviceCode=" + basket)))
                .andExpect(content().string(not(containsString("إعانة جدة " + suffix))));
        mvc.perform(get("/portal").with(me))
                .andExpect(content().string(containsString("href=\"/portal/services/eligible\"")));
        mvc.perform(get("/portal/services/eligible")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theAdminSectionRefusesAnEmptyRangeFieldByFieldAndKeepsTheStoredRules() throws Exception {
        RequestPostProcessor admin = user("admin").roles("ADMIN");
        mvc.perform(get("/admin/services/" + services.getByCode(basket).getId()).with(admin))
                .andExpect(content().string(containsString("/admin/services/" + basket + "/eligibility")));
        mvc.perform(get("/admin/services/{code}/eligibility", basket).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("الرياض")));
        mvc.perform(post("/admin/services/{code}/eligibility", basket).with(admin).with(csrf())
                        .param("ageFrom", "60").param("ageTo", "18").param("householdFrom", "x")
                        .param("cities", "جدة"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "householdFrom"))
                .andExpect(content().string(containsString("أدخل رقماً صحيحاً")))
                .andExpect(content().string(containsString("جدة")));
        mvc.perform(post("/admin/services/{code}/eligibility", basket).with(admin).with(csrf())
                        .param("ageFrom", "60").param("ageTo", "18"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "ageTo"))
                .andExpect(content().string(containsString("الحد الأعلى أقل من الحد الأدنى")));
        assertThat(eligibility.criteriaOf(basket).ageFrom()).isEqualTo(18);

        mvc.perform(post("/admin/services/{code}/eligibility", basket).with(admin).with(csrf())
                        .param("minimumNeedLevel", "HIGH").param("cities", "الرياض\nجدة\n"))
                .andExpect(redirectedUrl("/admin/services/" + basket + "/eligibility"));
        assertThat(eligibility.criteriaOf(basket)).isEqualTo(new EligibilityCriteria(NeedLevel.HIGH, null, null, null,
                null, null, List.of("الرياض", "جدة"), null));
        mvc.perform(get("/admin/services/{code}/eligibility", basket).with(user(officer).roles("OFFICER")))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder intake(String subject) {
        return post("/intake").with(csrf()).param("beneficiaryId", mother.toString()).param("kind", "SERVICE")
                .param("channel", "PHONE").param("priority", "NORMAL").param("serviceCode", basket)
                .param("subject", subject);
    }

    private String service(String code, String nameAr, String department) {
        return services.create(new ServiceDetails(code, nameAr, nameAr, null, null, department, "P2D", List.of(),
                List.of(), true, true)).getCode();
    }

    private UUID motherOfTwo() {
        UUID id = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "منيرة " + TestData.uniqueWord(),
                null, TestData.nationalId('1'), null, LocalDate.now().minusYears(35), null, "الرياض", null, null, null,
                TestData.mobile(), null, null, List.of())).getId();
        for (Relation child : List.of(Relation.SON, Relation.DAUGHTER)) {
            registry.addHouseholdMember(id, new HouseholdMemberDetails("طفل " + TestData.uniqueWord(), child,
                    LocalDate.of(2016, 5, 1), null, true));
        }
        return id;
    }

    private void assess(UUID beneficiary, String salary) {
        Map<String, String> answers = new HashMap<>();
        answers.put("income_salary", salary);
        answers.put("income_social_security", "0");
        answers.put("income_other", "0");
        answers.put("housing_type", "apartment");
        answers.put("housing_ownership", "rented");
        answers.put("employment", "employed");
        assessments.assess(beneficiary, NeedAssessments.GENERAL_FORM, answers, AssessedVia.INTERVIEW, "officer");
    }
}
