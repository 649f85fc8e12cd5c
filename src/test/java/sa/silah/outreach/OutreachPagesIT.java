package sa.silah.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.NeedAssessments;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * The rules page and API (managers and administrators; refused values are field errors or problems naming the field,
 * and change nothing; changes are audited) and the officers' call tasks (listed with the number to call, closed with
 * an optional note that may not be too long).
 */
@IntegrationTest
class OutreachPagesIT {

    private static final String RULE = "/outreach/rules/MISSING_DOCUMENTS";

    @Autowired
    MockMvc mvc;
    @Autowired
    StandingRules rules;
    @Autowired
    NeedAssessments assessments;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor manager = user("outreach-manager").roles("MANAGER");
    RequestPostProcessor officer = user("outreach-officer").roles("OFFICER");

    @AfterEach
    void defaults() {
        for (StandingRule rule : StandingRule.runHere()) {
            rules.change(rule.name(), true, rule.defaultThreshold());
        }
    }

    @Test
    void theRulesPageListsEveryRuleWithTheAssessmentReminderReadOnly() throws Exception {
        mvc.perform(get("/outreach/rules").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("مستندات ناقصة")))
                .andExpect(content().string(containsString("5 أيام")))
                .andExpect(content().string(containsString("3 أشهر")))
                .andExpect(content().string(containsString("تقدير حاجة يوشك أن ينتهي")))
                .andExpect(content().string(containsString("قبل الانتهاء بـ 30 يومًا")))
                .andExpect(content().string(not(containsString("href=\"/outreach/rules/ASSESSMENT_LAPSING\""))))
                .andExpect(content().string(containsString("href=\"/outreach/rules\"")));
        mvc.perform(get("/outreach/rules").param("lang", "en").with(manager))
                .andExpect(content().string(containsString("High-need household without contact")));
        mvc.perform(get("/outreach/rules/ASSESSMENT_LAPSING").with(manager)).andExpect(status().isNotFound());
    }

    @Test
    void aBadThresholdIsAFieldErrorAndNothingChanges() throws Exception {
        mvc.perform(post(RULE).with(manager).with(csrf()).param("enabled", "true").param("threshold", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("أدخل عددًا من الأيام من 1 إلى 90")));
        mvc.perform(post(RULE).with(manager).with(csrf()).param("enabled", "true").param("threshold", "91"))
                .andExpect(content().string(containsString("أدخل عددًا من الأيام من 1 إلى 90")));
        mvc.perform(post(RULE).with(manager).with(csrf()).param("enabled", "true").param("threshold", "خمسة"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("أدخل عددًا صحيحًا")))
                .andExpect(content().string(containsString("value=\"خمسة\"")));
        mvc.perform(post(RULE).with(manager).with(csrf()).param("enabled", "true").param("threshold", ""))
                .andExpect(content().string(containsString("أدخل الحد")));

        assertThat(rules.setting(StandingRule.MISSING_DOCUMENTS).threshold()).isEqualTo(5);
    }

    @Test
    void aManagerSwitchesARuleOffAndChangesItsThresholdAudited() throws Exception {
        mvc.perform(post("/outreach/rules/HIGH_NEED_NO_CONTACT").with(manager).with(csrf())
                        .param("threshold", "6"))
                .andExpect(redirectedUrl("/outreach/rules"));

        RuleSetting setting = rules.setting(StandingRule.HIGH_NEED_NO_CONTACT);
        assertThat(setting.enabled()).isFalse();
        assertThat(setting.threshold()).isEqualTo(6);
        assertThat(setting.updatedBy()).isEqualTo("outreach-manager");
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = :type and subject_id = :id"
                + " and actor = 'outreach-manager'").param("type", StandingRules.SUBJECT)
                .param("id", "HIGH_NEED_NO_CONTACT").query(Long.class).single()).isPositive();
        mvc.perform(get("/outreach/rules").with(manager))
                .andExpect(content().string(containsString("متوقفة")))
                .andExpect(content().string(containsString("6 أشهر")));
    }

    @Test
    void onlyManagersAndAdministratorsOpenTheRulesAndOfficersTheTasks() throws Exception {
        RequestPostProcessor staffMember = user("outreach-staff").roles("STAFF");
        mvc.perform(get("/outreach/rules").with(officer)).andExpect(status().isForbidden());
        mvc.perform(post(RULE).with(officer).with(csrf()).param("enabled", "true").param("threshold", "9"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/outreach/rules").with(staffMember)).andExpect(status().isForbidden());
        mvc.perform(get("/outreach/tasks").with(staffMember)).andExpect(status().isForbidden());
        mvc.perform(get("/outreach/tasks").with(user("outreach-board").roles("BOARD")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/outreach/tasks").with(officer)).andExpect(status().isOk());
        mvc.perform(get("/outreach/rules").with(user("outreach-admin").roles("ADMIN"))).andExpect(status().isOk());
        assertThat(rules.setting(StandingRule.MISSING_DOCUMENTS).threshold()).isEqualTo(5);
    }

    @Test
    void theOfficerCallsFromTheListAndClosesTheTaskWithANote() throws Exception {
        Beneficiary beneficiary = highNeed();
        rules.run(Instant.now());
        UUID task = jdbc.sql("select id from call_task where beneficiary_id = :id and status = 'OPEN'")
                .param("id", beneficiary.getId()).query(UUID.class).single();

        mvc.perform(get("/outreach/tasks/" + task).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(beneficiary.getFullName())))
                .andExpect(content().string(containsString("href=\"tel:" + beneficiary.getMobile() + "\"")))
                .andExpect(content().string(containsString("href=\"/beneficiaries/" + beneficiary.getId() + "\"")))
                .andExpect(content().string(containsString("عالية")))
                .andExpect(content().string(containsString("لم يُتواصل معه قط")));

        mvc.perform(post("/outreach/tasks/" + task + "/done").with(officer).with(csrf())
                        .param("note", "ت".repeat(1001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("الملاحظة أطول من 1000 حرف")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(statusOf(task)).isEqualTo("OPEN");

        mvc.perform(post("/outreach/tasks/" + task + "/done").with(officer).with(csrf()).param("note", "ردّت الأم"))
                .andExpect(redirectedUrl("/outreach/tasks"));
        assertThat(statusOf(task)).isEqualTo("DONE");
        mvc.perform(get("/outreach/tasks").param("status", "DONE").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("outreach-officer")));
        mvc.perform(post("/outreach/tasks/" + task + "/done").with(officer).with(csrf()).param("note", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("هذه المهمة مغلقة من قبل")));
    }

    @Test
    void theApiListsTheRulesAndChangesOneNamingTheBadField() throws Exception {
        String manager = TestAccounts.ensure(staff, Role.MANAGER);
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        mvc.perform(get("/api/v1/outreach/rules").with(httpBasic(manager, TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("MISSING_DOCUMENTS"))
                .andExpect(jsonPath("$[0].threshold").value(5))
                .andExpect(jsonPath("$[0].unit").value("DAYS"))
                .andExpect(jsonPath("$[2].code").value("PROGRAMME_OPENING"))
                .andExpect(jsonPath("$[2].runHere").value(true))
                .andExpect(jsonPath("$[3].code").value("ASSESSMENT_LAPSING"))
                .andExpect(jsonPath("$[3].runHere").value(false))
                .andExpect(jsonPath("$[3].elsewhere").value("P30D"));
        mvc.perform(put("/api/v1/outreach/rules/MISSING_DOCUMENTS").with(httpBasic(manager, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true,\"threshold\":100}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("threshold"));
        mvc.perform(put("/api/v1/outreach/rules/ASSESSMENT_LAPSING").with(httpBasic(manager, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true,\"threshold\":10}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(put("/api/v1/outreach/rules/NO_SUCH_RULE").with(httpBasic(manager, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true,\"threshold\":10}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/outreach/rules/MISSING_DOCUMENTS").with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true,\"threshold\":8}"))
                .andExpect(status().isForbidden());
        assertThat(rules.setting(StandingRule.MISSING_DOCUMENTS).threshold()).isEqualTo(5);

        mvc.perform(put("/api/v1/outreach/rules/MISSING_DOCUMENTS").with(httpBasic(manager, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false,\"threshold\":8}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.threshold").value(8))
                .andExpect(jsonPath("$.updatedBy").value(manager));
    }

    private String statusOf(UUID task) {
        return jdbc.sql("select status from call_task where id = :id").param("id", task).query(String.class).single();
    }

    private Beneficiary highNeed() {
        Beneficiary beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "ريم " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, "جدة", null, null,
                null, TestData.mobile(), null, null, List.of()));
        Map<String, String> answers = new HashMap<>();
        answers.put("income_salary", "1800");
        answers.put("income_social_security", "0");
        answers.put("income_other", "0");
        answers.put("housing_type", "apartment");
        answers.put("housing_ownership", "rented");
        answers.put("employment", "employed");
        var assessment = assessments.assess(beneficiary.getId(), NeedAssessments.GENERAL_FORM, answers,
                AssessedVia.INTERVIEW, TestAccounts.ensure(staff, Role.OFFICER));
        jdbc.sql("update assessment set need_level = 'HIGH' where id = :id").param("id", assessment.getId()).update();
        return beneficiary;
    }
}
