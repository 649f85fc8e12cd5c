package sa.silah.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.shared.Dates;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * Before an assessment lapses the daily job reminds once: the officer in-app and the beneficiary on their channel.
 * Not before the window, not twice, and never an assessment a newer verified one superseded. Time is moved by
 * setting {@code valid_until}.
 */
@IntegrationTest
class AssessmentRemindersIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    NeedAssessments assessments;
    @Autowired
    AssessmentReminders reminders;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcClient jdbc;

    String officer;

    @BeforeEach
    void officer() {
        officer = TestAccounts.ensure(staff, Role.OFFICER);
    }

    @Test
    void anAssessmentLapsingWithinTheWindowIsRemindedOnceToTheOfficerAndTheBeneficiary() {
        Beneficiary beneficiary = registered();
        Assessment assessment = assess(beneficiary);

        reminders.remindDue();
        assertThat(reminderSentAt(assessment.getId())).as("a year away").isNull();

        lapsesIn(assessment.getId(), 10);
        reminders.remindDue();
        reminders.remindDue();

        assertThat(reminderSentAt(assessment.getId())).isNotNull();
        String key = "assessment-lapsing:" + assessment.getId();
        await().atMost(WAIT).until(() -> messages(key).size() == 2);
        String mobile = SaudiMobile.parse(beneficiary.getMobile()).e164();
        assertThat(messages(key)).containsExactlyInAnyOrder(officer + " IN_APP ASSESSMENT_LAPSING",
                mobile + " SMS ASSESSMENT_DUE");
        assertThat(body(key, "SMS")).contains("ينتهي تقدير حاجتكم").contains("/portal/me/assessment");
        assertThat(body(key, "IN_APP")).contains(beneficiary.getFullName())
                .contains("/beneficiaries/" + beneficiary.getId());
    }

    @Test
    void onlyTheLatestVerifiedAssessmentOfABeneficiaryIsReminded() {
        Beneficiary beneficiary = registered();
        Assessment older = assess(beneficiary);
        Assessment newer = assess(beneficiary);
        lapsesIn(older.getId(), 5);

        reminders.remindDue();
        assertThat(reminderSentAt(older.getId())).as("superseded by the newer one").isNull();
        assertThat(reminderSentAt(newer.getId())).as("a year away").isNull();

        lapsesIn(newer.getId(), 20);
        reminders.remindDue();
        assertThat(reminderSentAt(newer.getId())).isNotNull();
        assertThat(reminderSentAt(older.getId())).isNull();
    }

    @Test
    void anAssessmentAlreadyLapsedOrStillAwaitingVerificationIsNotReminded() {
        Beneficiary lapsed = registered();
        Assessment old = assess(lapsed);
        lapsesIn(old.getId(), -1);
        Beneficiary waiting = registered();
        Assessment submitted = assessments.assess(waiting.getId(), NeedAssessments.GENERAL_FORM, answers(),
                AssessedVia.PORTAL, "beneficiary:" + waiting.getId());

        reminders.remindDue();

        assertThat(reminderSentAt(old.getId())).isNull();
        assertThat(reminderSentAt(submitted.getId())).isNull();
    }

    private Assessment assess(Beneficiary beneficiary) {
        return assessments.assess(beneficiary.getId(), NeedAssessments.GENERAL_FORM, answers(), AssessedVia.INTERVIEW,
                officer);
    }

    private void lapsesIn(UUID assessmentId, int days) {
        jdbc.sql("update assessment set valid_until = :day where id = :id")
                .param("day", LocalDate.now(Dates.RIYADH).plusDays(days)).param("id", assessmentId).update();
    }

    private Timestamp reminderSentAt(UUID assessmentId) {
        return jdbc.sql("select reminder_sent_at from assessment where id = :id").param("id", assessmentId)
                .query((row, n) -> Optional.ofNullable(row.getTimestamp(1))).single().orElse(null);
    }

    private List<String> messages(String key) {
        return jdbc.sql("select recipient, channel, template_key from notification where dedup_key = :key")
                .param("key", key).query((row, n) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3))
                .list();
    }

    private String body(String key, String channel) {
        return jdbc.sql("select body from notification where dedup_key = :key and channel = :channel")
                .param("key", key).param("channel", channel).query(String.class).single();
    }

    private Beneficiary registered() {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "هيا " + TestData.uniqueWord(),
                null, TestData.nationalId('1'), null, null, null, "الرياض", null, null, null, TestData.mobile(), null,
                null, List.of()));
    }

    private static Map<String, String> answers() {
        Map<String, String> answers = new HashMap<>();
        answers.put("income_salary", "1800");
        answers.put("income_social_security", "0");
        answers.put("income_other", "0");
        answers.put("housing_type", "apartment");
        answers.put("housing_ownership", "rented");
        answers.put("employment", "employed");
        return answers;
    }
}
