package sa.silah.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.NeedAssessments;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.casework.CallOutcome;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Direction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.NewInteraction;
import sa.silah.casework.NewRequest;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.privacy.PersonalDataErasure;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * The standing rules' daily run. Missing documents: one reminder per waiting period of a request, however often the
 * job runs, a new one for a new wait, none to a beneficiary who withdrew from notifications or while the rule is off.
 * High need without contact: one call task per household, not for lower levels or recent contacts, closed by the
 * job once a contact is recorded, or by the officer. Time is moved by setting the rows' instants back.
 */
@IntegrationTest
class StandingRulesIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    StandingRules rules;
    @Autowired
    CallTasks tasks;
    @Autowired
    Casework casework;
    @Autowired
    NeedAssessments assessments;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    StaffManagement staff;
    @Autowired
    PersonalDataErasure erasure;
    @Autowired
    JdbcClient jdbc;

    String officer;
    Caseworker caseworker;

    @BeforeEach
    void officer() {
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        caseworker = casework.caseworker(officer);
        // Other tests' activities in the shared database would be announced by campaigns; ProgrammeOpeningIT tests it.
        rules.change(StandingRule.PROGRAMME_OPENING.name(), false, StandingRule.PROGRAMME_OPENING.defaultThreshold());
    }

    @AfterEach
    void defaults() {
        for (StandingRule rule : StandingRule.runHere()) {
            rules.change(rule.name(), true, rule.defaultThreshold());
        }
    }

    @Test
    void aRequestWaitingLongerThanTheThresholdIsRemindedOncePerWaitingPeriod() {
        Beneficiary beneficiary = registered();
        Request request = awaiting(beneficiary, "صورة صك الإعالة");

        rules.run(Instant.now());
        assertThat(reminders(request)).as("waiting a moment only").isEmpty();

        waitedDays(request, 6);
        rules.run(Instant.now());
        rules.run(Instant.now());
        awaitListeners(request);

        String mobile = SaudiMobile.parse(beneficiary.getMobile()).e164();
        assertThat(reminders(request)).containsExactly(mobile + " SMS");
        assertThat(body(request)).contains("تذكير").contains(request.getReferenceNumber()).contains("صورة صك الإعالة")
                .contains("/portal/requests/" + request.getReferenceNumber());

        casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, null, caseworker);
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.AWAITING_BENEFICIARY, null, caseworker);
        waitedDays(request, 7);
        rules.run(Instant.now());
        awaitListeners(request);

        assertThat(reminders(request)).as("a new wait is reminded anew").hasSize(2);
        assertThat(jdbc.sql("select count(*) from documents_reminder where request_id = :id")
                .param("id", request.getId()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select body from notification where request_id = :id and template_key = 'DOCUMENTS_REMINDER'"
                + " order by created_at desc").param("id", request.getId()).query(String.class).list().get(0))
                .as("nothing was said to be missing this time").contains("المستندات المطلوبة منك");
    }

    @Test
    void noReminderToABeneficiaryWhoWithdrewFromNotificationsNorWhileTheRuleIsOff() {
        Beneficiary withdrew = registered();
        registry.withdrawConsent(withdrew.getId(), ConsentPurpose.NOTIFICATIONS, Channel.PHONE);
        Request theirs = awaiting(withdrew, "كشف حساب");
        waitedDays(theirs, 10);
        Request other = awaiting(registered(), "كشف حساب");
        waitedDays(other, 10);

        rules.change(StandingRule.MISSING_DOCUMENTS.name(), false, 5);
        rules.run(Instant.now());
        awaitListeners(other);
        assertThat(reminders(other)).as("the rule is off").isEmpty();

        rules.change(StandingRule.MISSING_DOCUMENTS.name(), true, 5);
        rules.run(Instant.now());
        awaitListeners(other);
        awaitListeners(theirs);
        assertThat(reminders(other)).hasSize(1);
        assertThat(reminders(theirs)).as("withdrew from NOTIFICATIONS").isEmpty();
        assertThat(jdbc.sql("select count(*) from documents_reminder where request_id = :id")
                .param("id", theirs.getId()).query(Long.class).single()).isZero();
    }

    @Test
    void aHighNeedHouseholdWithoutContactGetsOneCallTaskClosedOnceContacted() {
        Beneficiary never = assessed(registered(), "HIGH");
        Beneficiary longAgo = assessed(registered(), "HIGH");
        contactedDaysAgo(longAgo, 120, null);
        Beneficiary recently = assessed(registered(), "HIGH");
        contactedDaysAgo(recently, 20, null);
        Beneficiary unanswered = assessed(registered(), "HIGH");
        contactedDaysAgo(unanswered, 10, CallOutcome.NO_ANSWER);
        Beneficiary medium = assessed(registered(), "MEDIUM");
        Beneficiary low = assessed(registered(), "LOW");

        Instant first = Instant.now().minusSeconds(60);
        rules.run(first);
        rules.run(first.plusSeconds(1));

        assertThat(openTasks(never)).isEqualTo(1);
        assertThat(openTasks(longAgo)).isEqualTo(1);
        assertThat(openTasks(unanswered)).as("a call that did not reach them is no contact").isEqualTo(1);
        assertThat(openTasks(recently)).isZero();
        assertThat(openTasks(medium)).isZero();
        assertThat(openTasks(low)).isZero();
        assertThat(reasonOf(never)).isEqualTo("outreach.task.reason.neverContacted");
        assertThat(reasonOf(longAgo)).isEqualTo("outreach.task.reason.notContacted");

        casework.recordInteraction(longAgo.getId(), new NewInteraction(Channel.PHONE, InteractionType.CALL,
                Direction.OUTBOUND, "اطمأننا على الأسرة", false), caseworker);
        StandingRuleRun run = rules.run(Instant.now());

        assertThat(run.callTasksClosed()).isPositive();
        assertThat(openTasks(longAgo)).isZero();
        assertThat(jdbc.sql("select status || ' ' || done_by from call_task where beneficiary_id = :id")
                .param("id", longAgo.getId()).query(String.class).single()).isEqualTo("DONE job");
        assertThat(openTasks(never)).isEqualTo(1);
    }

    @Test
    void aTaskIsCancelledWhenTheHouseholdIsNoLongerInHighNeedAndOpensAgainWhenItIs() {
        Beneficiary household = assessed(registered(), "HIGH");
        rules.run(Instant.now().minusSeconds(60));
        assertThat(openTasks(household)).isEqualTo(1);

        assessed(household, "MEDIUM");
        StandingRuleRun run = rules.run(Instant.now().minusSeconds(30));

        assertThat(run.callTasksCancelled()).isPositive();
        assertThat(openTasks(household)).isZero();
        assertThat(jdbc.sql("select status || ' ' || done_by from call_task where beneficiary_id = :id")
                .param("id", household.getId()).query(String.class).single()).isEqualTo("CANCELLED job");

        assessed(household, "HIGH");
        rules.run(Instant.now());
        assertThat(openTasks(household)).as("a cancelled task is no contact").isEqualTo(1);
    }

    @Test
    void anOfficerClosesATaskWithANoteAndNoNewTaskFollowsUntilTheThresholdPassesAgain() {
        Beneficiary beneficiary = assessed(registered(), "HIGH");
        rules.run(Instant.now());
        UUID taskId = jdbc.sql("select id from call_task where beneficiary_id = :id and status = 'OPEN'")
                .param("id", beneficiary.getId()).query(UUID.class).single();

        CallTaskView open = tasks.get(taskId);
        assertThat(open.name()).isEqualTo(beneficiary.getFullName());
        assertThat(open.needLevel()).hasToString("HIGH");
        assertThat(open.lastContact()).isNull();
        assertThat(open.mobile()).isEqualTo(beneficiary.getMobile());

        tasks.done(taskId, "  تحدثت مع الأم، وتحتاج زيارة  ", officer);
        rules.run(Instant.now());

        CallTaskView done = tasks.get(taskId);
        assertThat(done.status()).isEqualTo(CallTaskStatus.DONE);
        assertThat(done.doneBy()).isEqualTo(officer);
        assertThat(done.note()).isEqualTo("تحدثت مع الأم، وتحتاج زيارة");
        assertThat(openTasks(beneficiary)).as("the officer's call counts as a contact").isZero();
        assertThat(tasks.list(CallTaskStatus.DONE, PageRequest.of(0, 20)).getTotalElements()).isPositive();
    }

    @Test
    void erasingABeneficiaryCancelsTheirOpenCallAndBlanksTheNotes() {
        Beneficiary called = assessed(registered(), "HIGH");
        Beneficiary open = assessed(registered(), "HIGH");
        rules.run(Instant.now());
        UUID done = jdbc.sql("select id from call_task where beneficiary_id = :id").param("id", called.getId())
                .query(UUID.class).single();
        tasks.done(done, "تحدثت مع نورة", officer);

        erasure.erase(called.getId());
        erasure.erase(open.getId());

        assertThat(tasks.get(done).note()).isNull();
        assertThat(tasks.get(done).status()).isEqualTo(CallTaskStatus.DONE);
        assertThat(jdbc.sql("select status from call_task where beneficiary_id = :id").param("id", open.getId())
                .query(String.class).single()).isEqualTo("CANCELLED");
        rules.run(Instant.now());
        assertThat(openTasks(open)).as("an erased person is not called").isZero();
    }

    private Request awaiting(Beneficiary beneficiary, String missing) {
        Request request = casework.submit(new NewRequest(beneficiary.getId(), RequestKind.INQUIRY, Channel.PHONE, null,
                "استفسار عن المساعدة", null, null, null, null, null, null), caseworker);
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, null, caseworker);
        return casework.changeStatus(request.getReferenceNumber(), RequestStatus.AWAITING_BENEFICIARY, missing,
                caseworker);
    }

    private void waitedDays(Request request, int days) {
        jdbc.sql("update request set paused_since = :since where id = :id")
                .param("since", Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS)))
                .param("id", request.getId()).update();
    }

    private List<String> reminders(Request request) {
        return jdbc.sql("select recipient, channel from notification where request_id = :id"
                + " and template_key = 'DOCUMENTS_REMINDER'").param("id", request.getId())
                .query((row, n) -> row.getString(1) + " " + row.getString(2)).list();
    }

    private String body(Request request) {
        return jdbc.sql("select body from notification where request_id = :id and template_key = 'DOCUMENTS_REMINDER'")
                .param("id", request.getId()).query(String.class).list().get(0);
    }

    /** Waits until every event about the request was handled after its commit, on the listeners' threads. */
    private void awaitListeners(Request request) {
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from event_publication"
                + " where completion_date is null and serialized_event like :id")
                .param("id", "%" + request.getId() + "%").query(Long.class).single() == 0);
    }

    private Beneficiary assessed(Beneficiary beneficiary, String level) {
        var assessment = assessments.assess(beneficiary.getId(), NeedAssessments.GENERAL_FORM, answers(),
                AssessedVia.INTERVIEW, officer);
        jdbc.sql("update assessment set need_level = :level where id = :id").param("level", level)
                .param("id", assessment.getId()).update();
        return beneficiary;
    }

    private void contactedDaysAgo(Beneficiary beneficiary, int days, CallOutcome outcome) {
        var contact = casework.recordInteraction(beneficiary.getId(), new NewInteraction(Channel.PHONE,
                InteractionType.CALL, Direction.OUTBOUND, "اتصال", false, null, null, null, null, null, outcome),
                caseworker);
        jdbc.sql("update interaction set occurred_at = :at where id = :id")
                .param("at", Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS)))
                .param("id", contact.getId()).update();
    }

    private long openTasks(Beneficiary beneficiary) {
        return jdbc.sql("select count(*) from call_task where beneficiary_id = :id and status = 'OPEN'")
                .param("id", beneficiary.getId()).query(Long.class).single();
    }

    private String reasonOf(Beneficiary beneficiary) {
        return jdbc.sql("select reason_key from call_task where beneficiary_id = :id").param("id", beneficiary.getId())
                .query(String.class).single();
    }

    private Beneficiary registered() {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "نورة " + TestData.uniqueWord(),
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
