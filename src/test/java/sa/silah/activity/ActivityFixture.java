package sa.silah.activity;

import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.test.TestData;

/** Activities and beneficiaries for the activity tests: open for registration now unless a test says otherwise. */
public final class ActivityFixture {

    private ActivityFixture() {
    }

    /** Details of an activity open for registration now, starting in three days, for everyone. */
    public static ActivityDetails openTo(int capacity) {
        return details(capacity, Set.of(), EligibilityCriteria.NONE);
    }

    public static ActivityDetails details(int capacity, Set<String> segments, EligibilityCriteria criteria) {
        Instant now = Instant.now();
        Instant starts = now.plus(Duration.ofDays(3));
        return new ActivityDetails(ActivityKind.AWARENESS_SESSION, "جلسة توعوية " + TestData.uniqueWord(),
                "Awareness session", "جلسة عن إدارة ميزانية الأسرة", null, starts, starts.plus(Duration.ofHours(2)),
                "مقر الجمعية، الرياض", null, capacity, now.minus(Duration.ofDays(1)), starts, null, segments,
                criteria, true, true);
    }

    /** A published activity open for registration now. */
    public static Activity published(ActivityCatalog catalog, ActivityDetails details) {
        Activity activity = catalog.draft(details, "officer");
        return catalog.publish(activity.getId(), "officer");
    }

    /** Moves the activity's start (and its registration window's close) back in time, so that it has begun. */
    public static void started(JdbcClient jdbc, UUID activityId) {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        jdbc.sql("update activity set starts_at = :starts, registration_closes_at = :starts where id = :id")
                .param("starts", Timestamp.from(hourAgo)).param("id", activityId).update();
    }

    /** An adult in Riyadh with a mobile. */
    public static UUID person(BeneficiaryRegistry registry) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "نورة " + TestData.uniqueWord(),
                null, TestData.nationalId('1'), null, LocalDate.now().minusYears(30), null, "الرياض", null, null, null,
                TestData.mobile(), null, null, List.of())).getId();
    }
}
