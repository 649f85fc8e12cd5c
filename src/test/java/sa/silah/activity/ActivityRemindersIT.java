package sa.silah.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.test.IntegrationTest;

/**
 * What registrants are told: their registration or place on the waiting list, a freed place, the reminder before the
 * activity (once, and only to those holding a place) and its cancellation. The reminder's time is passed in.
 */
@IntegrationTest
class ActivityRemindersIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    ActivityCatalog catalog;
    @Autowired
    ActivityRegistrations registrations;
    @Autowired
    ActivityReminders reminders;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachRegistrantHoldingAPlaceIsRemindedOnceAndTheWaitingListNever() {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(2));
        Registration first = register(activity);
        Registration second = register(activity);
        Registration waiting = register(activity);
        assertThat(waiting.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);

        Instant dayBefore = activity.getStartsAt().minus(Duration.ofHours(30));
        reminders.remind(dayBefore);
        assertThat(remindedAt(first.getId())).as("30 hours before is outside the 24-hour window").isNull();

        Instant halfADayBefore = activity.getStartsAt().minus(Duration.ofHours(12));
        reminders.remind(halfADayBefore);
        reminders.remind(halfADayBefore.plus(Duration.ofHours(1)));

        assertThat(remindedAt(first.getId())).isNotNull();
        assertThat(remindedAt(second.getId())).isNotNull();
        assertThat(remindedAt(waiting.getId())).isNull();
        await().atMost(WAIT).until(() -> messages("activity-reminder:" + first.getId() + ":%").size() == 1
                && messages("activity-reminder:" + second.getId() + ":%").size() == 1);
        String mobile = SaudiMobile.parse(registry.find(first.getBeneficiaryId()).orElseThrow().getMobile()).e164();
        assertThat(messages("activity-reminder:" + first.getId() + ":%")).containsExactly(mobile + " SMS ACTIVITY_REMINDER");
        assertThat(body("activity-reminder:" + first.getId() + ":%")).contains(activity.getTitleAr())
                .contains("/portal/activities");
        assertThat(messages("activity-reminder:" + waiting.getId() + ":%")).isEmpty();
    }

    @Test
    void aCancelledActivityIsNotReminded() {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(2));
        Registration registration = register(activity);
        catalog.cancel(activity.getId(), "ظرف طارئ", "officer");

        reminders.remind(activity.getStartsAt().minus(Duration.ofHours(2)));

        assertThat(remindedAt(registration.getId())).isNull();
    }

    @Test
    void registrantsAreToldOfTheirPlaceTheWaitingListAFreedPlaceAndTheCancellation() {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(1));
        Registration holder = register(activity);
        Registration waiting = register(activity);
        await().atMost(WAIT).until(() -> templates("activity-registration:" + holder.getId() + ":%")
                .equals(List.of("ACTIVITY_REGISTERED"))
                && templates("activity-registration:" + waiting.getId() + ":%").equals(List.of("ACTIVITY_WAITLISTED")));

        registrations.cancel(holder.getId(), "portal");
        await().atMost(WAIT).until(() -> templates("activity-place:" + waiting.getId() + ":%")
                .equals(List.of("ACTIVITY_PLACE_OFFERED")));

        Registration another = register(activity);
        catalog.cancel(activity.getId(), "تعذر توفير القاعة", "officer");
        await().atMost(WAIT).until(() -> templates("activity-cancelled:" + waiting.getId()).size() == 1
                && templates("activity-cancelled:" + another.getId()).size() == 1);
        assertThat(templates("activity-cancelled:" + holder.getId())).as("cancelled before").isEmpty();
        assertThat(body("activity-cancelled:" + waiting.getId())).contains("تعذر توفير القاعة");
    }

    private Registration register(Activity activity) {
        return registrations.register(activity.getId(), ActivityFixture.person(registry), RegistrationVia.PORTAL,
                "portal", null);
    }

    private Instant remindedAt(UUID registrationId) {
        return registrations.get(registrationId).getRemindedAt();
    }

    private List<String> messages(String keyPattern) {
        return jdbc.sql("select recipient, channel, template_key from notification where dedup_key like :key")
                .param("key", keyPattern)
                .query((row, n) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3)).list();
    }

    private List<String> templates(String keyPattern) {
        return jdbc.sql("select template_key from notification where dedup_key like :key").param("key", keyPattern)
                .query(String.class).list();
    }

    private String body(String keyPattern) {
        return jdbc.sql("select body from notification where dedup_key like :key").param("key", keyPattern)
                .query(String.class).single();
    }
}
