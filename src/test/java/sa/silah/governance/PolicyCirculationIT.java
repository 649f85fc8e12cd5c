package sa.silah.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.silah.shared.Dates;
import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffManagement;
import sa.silah.staff.StaffUser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/**
 * A published policy goes to every enabled staff member in-app; the daily job reminds those who have not
 * acknowledged it once it has been out a week, and the owner before the review date, each once. The time is moved
 * by setting the version's dates.
 */
@IntegrationTest
class PolicyCirculationIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    Governance governance;
    @Autowired
    PolicyCirculation circulation;
    @Autowired
    Board board;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcClient jdbc;

    PolicyFixture fixture;
    String reader;
    String disabled;

    @BeforeEach
    void staffAndBoard() {
        fixture = new PolicyFixture(governance, board, staff);
        reader = "reader-" + fixture.suffix;
        staff.create(new StaffAccount(reader, "قارئ " + fixture.suffix, null, null, Set.of(Role.STAFF)),
                TestAccounts.PASSWORD);
        disabled = "gone-" + fixture.suffix;
        StaffUser left = staff.create(new StaffAccount(disabled, "موظف سابق", null, null, Set.of(Role.STAFF)),
                TestAccounts.PASSWORD);
        staff.setEnabled(left.getId(), false);
    }

    @Test
    void publishingAsksEveryEnabledStaffMemberInAppToReadAndAcknowledge() {
        String code = fixture.code("CIRC");
        String title = "سياسة التعميم " + fixture.suffix;
        PolicyVersion published = fixture.publish(fixture.draft(code, title, "نص للتعميم"));
        List<String> enabled = staff.enabledUsernames();

        await().atMost(WAIT).until(() -> inApp("policy-published:" + published.getId()).size() == enabled.size());
        assertThat(inApp("policy-published:" + published.getId())).containsExactlyInAnyOrderElementsOf(enabled)
                .contains(reader, fixture.owner).doesNotContain(disabled);
        assertThat(bodyTo(reader, "policy-published:" + published.getId()))
                .contains("نُشرت سياسة " + title).contains("يرجى الاطلاع عليها وتأكيد القراءة")
                .contains("/governance/policies/" + code);
    }

    @Test
    void remindsThoseWhoHaveNotAcknowledgedOnceAfterAWeek() {
        PolicyVersion published = fixture.publish(fixture.draft(fixture.code("ACK"), "سياسة " + fixture.suffix, "نص"));
        governance.acknowledge(published.getId(), fixture.owner);

        circulation.remindDue();
        assertThat(reminders(published, "ACKNOWLEDGE")).as("published today: too early").isEmpty();

        jdbc.sql("update policy_version set published_at = :at where id = :id")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(8))
                .param("id", published.getId()).update();
        circulation.remindDue();
        circulation.remindDue();

        assertThat(reminders(published, "ACKNOWLEDGE")).as("one each, whoever has not acknowledged")
                .containsExactlyInAnyOrderElementsOf(governance.compliance(published.getId()).pending())
                .contains(reader).doesNotContain(fixture.owner, disabled).doesNotHaveDuplicates();
        await().atMost(WAIT).until(() -> inApp("policy-acknowledge:" + published.getId()).contains(reader));
        assertThat(inApp("policy-acknowledge:" + published.getId())).doesNotContain(fixture.owner)
                .doesNotHaveDuplicates();
        assertThat(bodyTo(reader, "policy-acknowledge:" + published.getId())).contains("تأكيد القراءة");
    }

    @Test
    void remindsTheOwnerOnceWhenTheReviewDateIsNear() {
        PolicyVersion published = fixture.publish(fixture.draft(fixture.code("REV"), "سياسة " + fixture.suffix, "نص"));

        circulation.remindDue();
        assertThat(reminders(published, "REVIEW")).as("a year away").isEmpty();

        LocalDate near = LocalDate.now(Dates.RIYADH).plusDays(10);
        jdbc.sql("update policy_version set next_review_date = :day where id = :id").param("day", near)
                .param("id", published.getId()).update();
        circulation.remindDue();
        circulation.remindDue();

        assertThat(reminders(published, "REVIEW")).containsExactly(fixture.owner);
        await().atMost(WAIT).until(() -> inApp("policy-review:" + published.getId()).contains(fixture.owner));
        assertThat(inApp("policy-review:" + published.getId())).containsExactly(fixture.owner);
        assertThat(bodyTo(fixture.owner, "policy-review:" + published.getId())).contains("مراجعة سياسة");
    }

    private List<String> reminders(PolicyVersion version, String kind) {
        return jdbc.sql("select staff_username from policy_reminder where policy_version_id = :id and reminder_kind = :kind")
                .param("id", version.getId()).param("kind", kind).query(String.class).list();
    }

    private List<String> inApp(String dedupKey) {
        return jdbc.sql("select recipient from notification where dedup_key = :key and channel = 'IN_APP'")
                .param("key", dedupKey).query(String.class).list();
    }

    private String bodyTo(String username, String dedupKey) {
        return jdbc.sql("select body from notification where dedup_key = :key and channel = 'IN_APP' and recipient = :to")
                .param("key", dedupKey).param("to", username).query(String.class).single();
    }
}
