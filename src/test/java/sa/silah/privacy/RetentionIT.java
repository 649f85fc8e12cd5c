package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.casework.Attachment;
import sa.silah.casework.Casework;
import sa.silah.casework.CaseworkProperties;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Direction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.NewInteraction;
import sa.silah.casework.NewRequest;
import sa.silah.casework.RequestAttachments;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.shared.Channel;
import sa.silah.shared.PersonalIdentifiers;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * Retention dry run and real run: a dry run reports and changes nothing; a real run erases the inactive
 * beneficiary, skips the one under a legal hold and the one recently in contact, deletes the files of requests
 * closed long ago, blanks old messages, and the nightly job acts only on active rules. Old data is made by moving
 * its dates back in the database.
 */
@IntegrationTest
class RetentionIT {

    private static final Instant ELEVEN_YEARS_AGO = Instant.now().minus(Duration.ofDays(11 * 366));
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Retention retention;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    Casework casework;
    @Autowired
    RequestAttachments attachments;
    @Autowired
    CaseworkProperties caseworkProperties;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcClient jdbc;

    Caseworker officer;
    final Map<RetentionCategory, RetentionRule> seeded = new EnumMap<>(RetentionCategory.class);

    @BeforeEach
    void rememberTheRules() {
        officer = casework.caseworker(TestAccounts.ensure(staff, Role.OFFICER));
        retention.rules().forEach(rule -> seeded.put(rule.getCategory(), rule));
    }

    /** The tests share one database, and the others expect the seeded rules. */
    @AfterEach
    void restoreTheRules() {
        seeded.values().forEach(rule -> retention.change(rule.getCategory(), rule.getPeriodLength(),
                rule.getPeriodUnit(), rule.getMode()));
    }

    @Test
    void aDryRunReportsTheInactiveBeneficiaryAndARealRunErasesItSkippingTheHeldAndTheActive() {
        UUID inactive = inactiveBeneficiaryWithAnOldRequest();
        UUID held = agedBeneficiary();
        registry.placeLegalHold(held, "قضية منظورة");
        age(held);
        UUID active = agedBeneficiary();
        casework.recordInteraction(active, new NewInteraction(Channel.INTERVIEW, InteractionType.VISIT,
                Direction.INBOUND, "زيارة للاستفسار عن الطلب", false), officer);

        RetentionRun dry = retention.dryRun(RetentionCategory.INACTIVE_BENEFICIARIES);

        assertThat(dry.isDryRun()).isTrue();
        assertThat(dry.getSample()).contains(inactive.toString()).doesNotContain(held.toString(), active.toString());
        assertThat(dry.getSkipped()).isGreaterThanOrEqualTo(1);
        assertThat(dry.getMatched()).isEqualTo(dry.getAffected() + dry.getSkipped());
        assertThat(registry.find(inactive).orElseThrow().isAnonymised()).isFalse();
        assertThatThrownBy(() -> retention.run(RetentionCategory.INACTIVE_BENEFICIARIES))
                .isInstanceOf(RetentionRunRefusedException.class);
        assertThat(registry.find(inactive).orElseThrow().isAnonymised()).isFalse();

        activate(RetentionCategory.INACTIVE_BENEFICIARIES);
        RetentionRun run = retention.run(RetentionCategory.INACTIVE_BENEFICIARIES);

        assertThat(run.isDryRun()).isFalse();
        assertThat(run.isFailed()).isFalse();
        assertThat(run.getSample()).contains(inactive.toString()).doesNotContain(held.toString(), active.toString());
        assertThat(run.getAffected()).isGreaterThanOrEqualTo(1);
        assertThat(run.getSkipped()).isGreaterThanOrEqualTo(1);
        Beneficiary erased = registry.find(inactive).orElseThrow();
        assertThat(erased.isAnonymised()).isTrue();
        assertThat(erased.getFullName()).isEqualTo(PersonalIdentifiers.ERASED);
        assertThat(registry.find(held).orElseThrow().isAnonymised()).isFalse();
        assertThat(registry.find(active).orElseThrow().isAnonymised()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = :id and action = 'ANONYMISED'")
                .param("id", inactive.toString()).query(Long.class).single()).isOne();
        assertThat(retention.report(run.getId()).getFinishedAt()).isNotNull();
    }

    @Test
    void aDryRunLeavesTheFilesOfLongClosedRequestsAndARealRunDeletesThemFromTheStore() {
        String ref = openRequest(registered());
        Attachment attachment = attachments.attach(ref, "هوية.pdf", new ByteArrayInputStream(PDF), officer);
        close(ref);
        String recentRef = openRequest(registered());
        Attachment recent = attachments.attach(recentRef, "عقد.pdf", new ByteArrayInputStream(PDF), officer);
        close(recentRef);
        closedLongAgo(ref);
        Path file = fileOf(attachment);
        String expired = ref + " " + attachment.getId();

        RetentionRun dry = retention.dryRun(RetentionCategory.CLOSED_REQUEST_ATTACHMENTS);

        assertThat(dry.getSample()).contains(expired).doesNotContain(recentRef + " " + recent.getId());
        assertThat(file).exists();
        assertThat(attachments.list(ref, officer)).hasSize(1);

        activate(RetentionCategory.CLOSED_REQUEST_ATTACHMENTS);
        RetentionRun run = retention.run(RetentionCategory.CLOSED_REQUEST_ATTACHMENTS);

        assertThat(run.getSample()).contains(expired);
        assertThat(file).doesNotExist();
        assertThat(attachments.list(ref, officer)).isEmpty();
        assertThat(fileOf(recent)).exists();
        assertThat(attachments.list(recentRef, officer)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'REQUEST' and subject_id = :ref"
                        + " and action = 'ATTACHMENT_REMOVED_BY_RETENTION'")
                .param("ref", ref).query(Long.class).single()).isOne();
    }

    @Test
    void aRealRunBlanksOldMessagesAndKeepsRecentOnes() {
        UUID old = message(ELEVEN_YEARS_AGO);
        UUID recent = message(Instant.now());

        activate(RetentionCategory.DELIVERED_NOTIFICATIONS);
        RetentionRun run = retention.run(RetentionCategory.DELIVERED_NOTIFICATIONS);

        assertThat(run.getSample()).contains(old.toString()).doesNotContain(recent.toString());
        assertThat(recipientAndBody(old)).containsExactly(PersonalIdentifiers.ERASED, PersonalIdentifiers.ERASED);
        assertThat(recipientAndBody(recent)).containsExactly("+966500000001", "رسالة تذكير");
    }

    @Test
    void theNightlyJobOnlyReportsOnARuleInDryRunAndActsOnAnActiveOne() {
        UUID inactive = agedBeneficiary();
        retention.change(RetentionCategory.INACTIVE_BENEFICIARIES, 10, RetentionUnit.YEARS, RetentionMode.DRY_RUN);
        retention.change(RetentionCategory.DELIVERED_NOTIFICATIONS, 2, RetentionUnit.YEARS, RetentionMode.OFF);
        long messageRuns = runsOf(RetentionCategory.DELIVERED_NOTIFICATIONS);

        retention.runAll();

        assertThat(registry.find(inactive).orElseThrow().isAnonymised()).isFalse();
        RetentionRun reported = latestRunOf(RetentionCategory.INACTIVE_BENEFICIARIES);
        assertThat(reported.isDryRun()).isTrue();
        assertThat(reported.getTriggeredBy()).isEqualTo(RetentionRun.JOB);
        assertThat(reported.getSample()).contains(inactive.toString());
        assertThat(runsOf(RetentionCategory.DELIVERED_NOTIFICATIONS)).isEqualTo(messageRuns);

        activate(RetentionCategory.INACTIVE_BENEFICIARIES);
        retention.runAll();

        assertThat(registry.find(inactive).orElseThrow().isAnonymised()).isTrue();
        assertThat(latestRunOf(RetentionCategory.INACTIVE_BENEFICIARIES).isDryRun()).isFalse();
    }

    @Test
    void aRuleRunningOnAnotherNodeIsNotRunTwice() {
        activate(RetentionCategory.DELIVERED_NOTIFICATIONS);
        RetentionRule rule = retention.rule(RetentionCategory.DELIVERED_NOTIFICATIONS);
        leaseUntil(rule, Instant.now().plus(Duration.ofHours(1)));
        try {
            assertThatThrownBy(() -> retention.run(RetentionCategory.DELIVERED_NOTIFICATIONS))
                    .isInstanceOf(RetentionRunRefusedException.class)
                    .extracting("messageKey").isEqualTo("retention.run.inProgress");
        }
        finally {
            jdbc.sql("update retention_rule set running_until = null where id = :id").param("id", rule.getId())
                    .update();
        }

        assertThat(retention.run(RetentionCategory.DELIVERED_NOTIFICATIONS).isFailed()).isFalse();
        assertThat(jdbc.sql("select count(*) from retention_rule where id = :id and running_until is not null")
                .param("id", rule.getId()).query(Long.class).single()).isZero();
    }

    private void leaseUntil(RetentionRule rule, Instant until) {
        jdbc.sql("update retention_rule set running_until = :until where id = :id")
                .param("until", Timestamp.from(until)).param("id", rule.getId()).update();
    }

    private void activate(RetentionCategory category) {
        RetentionRule rule = retention.rule(category);
        retention.change(category, rule.getPeriodLength(), rule.getPeriodUnit(), RetentionMode.ACTIVE);
    }

    private RetentionRun latestRunOf(RetentionCategory category) {
        return retention.history(PageRequest.of(0, 20)).stream().filter(run -> run.getCategory() == category)
                .findFirst().orElseThrow();
    }

    private long runsOf(RetentionCategory category) {
        return jdbc.sql("select count(*) from retention_run r join retention_rule u on u.id = r.rule_id"
                + " where u.category = :category").param("category", category.name()).query(Long.class).single();
    }

    private UUID registered() {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "نورة " + TestData.uniqueWord(),
                null, TestData.nationalId('1'), null, null, null, null, null, null, null, TestData.mobile(), null, null,
                List.of())).getId();
    }

    private UUID agedBeneficiary() {
        UUID id = registered();
        age(id);
        return id;
    }

    /** A beneficiary whose only request was submitted and closed eleven years ago, with its history and contacts. */
    private UUID inactiveBeneficiaryWithAnOldRequest() {
        UUID id = registered();
        String ref = openRequest(id);
        close(ref);
        jdbc.sql("update request set submitted_at = :at, closed_at = :at where reference_number = :ref")
                .param("at", Timestamp.from(ELEVEN_YEARS_AGO)).param("ref", ref).update();
        jdbc.sql("update request_history set occurred_at = :at"
                        + " where request_id = (select id from request where reference_number = :ref)")
                .param("at", Timestamp.from(ELEVEN_YEARS_AGO)).param("ref", ref).update();
        jdbc.sql("update interaction set occurred_at = :at where beneficiary_id = :id")
                .param("at", Timestamp.from(ELEVEN_YEARS_AGO)).param("id", id).update();
        age(id);
        return id;
    }

    private void age(UUID beneficiary) {
        jdbc.sql("update beneficiary set created_at = :at, updated_at = :at where id = :id")
                .param("at", Timestamp.from(ELEVEN_YEARS_AGO)).param("id", beneficiary).update();
    }

    private String openRequest(UUID beneficiary) {
        return casework.submit(new NewRequest(beneficiary, RequestKind.INQUIRY, Channel.PHONE, null,
                "استفسار " + TestData.uniqueWord(), null, null, null, null, null, null), officer).getReferenceNumber();
    }

    private void close(String ref) {
        casework.changeStatus(ref, RequestStatus.IN_PROGRESS, null, officer);
        casework.changeStatus(ref, RequestStatus.RESOLVED, "تمت الإجابة", officer);
    }

    private void closedLongAgo(String ref) {
        jdbc.sql("update request set closed_at = :at where reference_number = :ref")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(6 * 366)))).param("ref", ref).update();
    }

    private Path fileOf(Attachment attachment) {
        String storedName = jdbc.sql("select stored_name from attachment where id = :id")
                .param("id", attachment.getId()).query(String.class).single();
        return Path.of(caseworkProperties.attachmentDirectory()).resolve(storedName);
    }

    private UUID message(Instant createdAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into notification (id, dedup_key, recipient, channel, template_key, language, body, status,
                    attempts, next_attempt_at, created_at, sent_at, version)
                values (:id, :key, '+966500000001', 'SMS', 'REQUEST_RECEIVED', 'ar', 'رسالة تذكير', 'SENT', 1, :at, :at,
                    :at, 0)""")
                .param("id", id).param("key", "retention-test-" + id).param("at", Timestamp.from(createdAt)).update();
        return id;
    }

    private List<String> recipientAndBody(UUID message) {
        return jdbc.sql("select recipient, body from notification where id = :id").param("id", message)
                .query((row, number) -> List.of(row.getString(1), row.getString(2))).single();
    }
}
