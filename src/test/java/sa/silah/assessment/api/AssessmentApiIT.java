package sa.silah.assessment.api;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.NeedAssessments;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.HouseholdMemberDetails;
import sa.silah.beneficiary.Relation;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/** Assessing through the API: 201 with the explained score, problems per answer, and the paginated history. */
@IntegrationTest
class AssessmentApiIT {

    private static final String ANSWERS = """
            {"form":"general","via":"INTERVIEW","answers":{"income_salary":"1800","income_social_security":"0",
             "income_other":"0","housing_type":"apartment","housing_ownership":"rented","employment":"employed"%s}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffManagement staff;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    NeedAssessments assessments;

    String officer;
    String deskStaff;

    @BeforeEach
    void accounts() {
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        deskStaff = TestAccounts.ensure(staff, Role.STAFF);
    }

    @Test
    void anAssessmentIsCreatedWithItsScoreExplainedInTheRequestsLanguage() throws Exception {
        Beneficiary mother = withTwoChildren();

        mvc.perform(post("/api/v1/beneficiaries/" + mother.getId() + "/assessments")
                        .with(httpBasic(officer, TestAccounts.PASSWORD)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(ANSWERS.formatted("")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location",
                        startsWith("/api/v1/beneficiaries/" + mother.getId() + "/assessments/")))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.score").value(60))
                .andExpect(jsonPath("$.needLevel").value("HIGH"))
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.validUntil").value(LocalDate.now(Dates.RIYADH).plusMonths(12).toString()))
                .andExpect(jsonPath("$.explanation.length()").value(3))
                .andExpect(jsonPath("$.explanation[0].factor").value("Income per member below half the poverty line"))
                .andExpect(jsonPath("$.explanation[0].observed").value("0.4"))
                .andExpect(jsonPath("$.explanation[0].points").value(40))
                .andExpect(jsonPath("$.explanation[2].factor").value("Rented home"));

        mvc.perform(get("/api/v1/beneficiaries/" + mother.getId() + "/assessments")
                        .with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].score").value(60))
                .andExpect(jsonPath("$.content[0].explanation[2].factor").value("السكن بالإيجار"));
    }

    @Test
    void badAnswersAreAProblemNamingEachAnswer() throws Exception {
        Beneficiary mother = withTwoChildren();

        mvc.perform(post("/api/v1/beneficiaries/" + mother.getId() + "/assessments")
                        .with(httpBasic(officer, TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"via":"HOME_VISIT","answers":{"income_salary":"-5","housing_type":"castle",
                                 "disability":"yes"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'answers[income_salary]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'answers[housing_type]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'answers[employment]')]").exists());
        mvc.perform(post("/api/v1/beneficiaries/" + mother.getId() + "/assessments")
                        .with(httpBasic(officer, TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(ANSWERS.formatted(",\"disability\":\"yes\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[disability]"));
        mvc.perform(post("/api/v1/beneficiaries/" + mother.getId() + "/assessments")
                        .with(httpBasic(officer, TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(ANSWERS.formatted("").replace("INTERVIEW", "PORTAL")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("via"));
        mvc.perform(get("/api/v1/beneficiaries/" + mother.getId() + "/assessments")
                        .with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void staffReadTheHistoryWithoutTheHealthAnswersAndMayNotAssess() throws Exception {
        Beneficiary mother = withTwoChildren();
        registry.recordConsent(mother.getId(), ConsentPurpose.SENSITIVE_DATA, Channel.INTERVIEW);
        var answers = new HashMap<>(Map.of("income_salary", "1800", "income_social_security", "0", "income_other", "0",
                "housing_type", "apartment", "housing_ownership", "rented", "employment", "employed", "disability", "yes"));
        assessments.assess(mother.getId(), NeedAssessments.GENERAL_FORM, answers, AssessedVia.INTERVIEW, "officer");

        mvc.perform(get("/api/v1/beneficiaries/" + mother.getId() + "/assessments")
                        .with(httpBasic(deskStaff, TestAccounts.PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].score").value(75))
                .andExpect(jsonPath("$.content[0].explanation[3].hidden").value(true))
                .andExpect(jsonPath("$.content[0].explanation[3].factor").doesNotExist())
                .andExpect(jsonPath("$.content[0].explanation[3].points").doesNotExist());
        mvc.perform(get("/api/v1/beneficiaries/" + mother.getId() + "/assessments")
                        .with(httpBasic(officer, TestAccounts.PASSWORD)).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.content[0].explanation[3].factor").value("Disability"))
                .andExpect(jsonPath("$.content[0].explanation[3].points").value(15));
        mvc.perform(post("/api/v1/beneficiaries/" + mother.getId() + "/assessments")
                        .with(httpBasic(deskStaff, TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(ANSWERS.formatted("")))
                .andExpect(status().isForbidden());
    }

    private Beneficiary withTwoChildren() {
        Beneficiary mother = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "منيرة " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, "الرياض", null, null,
                null, TestData.mobile(), null, null, List.of()));
        for (Relation child : List.of(Relation.SON, Relation.DAUGHTER)) {
            registry.addHouseholdMember(mother.getId(), new HouseholdMemberDetails("طفل " + TestData.uniqueWord(),
                    child, LocalDate.of(2016, 5, 1), null, true));
        }
        return mother;
    }
}
