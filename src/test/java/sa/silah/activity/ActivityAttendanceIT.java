package sa.silah.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.shared.Channel;
import sa.silah.shared.FileDownload;
import sa.silah.test.IntegrationTest;

/**
 * Attendance: recorded only once the activity has begun and only for a registrant holding a place; the first time an
 * attendee is recorded they are invited to rate the activity, once, unless they withdrew from surveys; a certificate
 * is issued to attendees of an activity that gives one, with the same number every time.
 */
@IntegrationTest
class ActivityAttendanceIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    ActivityCatalog catalog;
    @Autowired
    ActivityRegistrations registrations;
    @Autowired
    ActivityCertificates certificates;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAttendeeIsInvitedToRateTheActivityOnceNamingTheActivity() {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(3));
        Registration registration = register(activity);
        ActivityFixture.started(jdbc, activity.getId());

        registrations.recordAttendance(registration.getId(), true, "officer");
        registrations.recordAttendance(registration.getId(), false, "officer");
        registrations.recordAttendance(registration.getId(), true, "officer");

        await().atMost(WAIT).until(() -> invitations(registration.getId()).size() == 1
                && !surveyMessages(registration.getId()).isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> invitations(registration.getId()).size() == 1);
        assertThat(invitations(registration.getId())).containsExactly(activity.getId() + " ACTIVITY");
        assertThat(surveyMessages(registration.getId())).containsExactly("ACTIVITY_SURVEY");
        Registration recorded = registrations.get(registration.getId());
        assertThat(recorded.isAttended()).isTrue();
        assertThat(recorded.getAttendanceRecordedBy()).isEqualTo("officer");
        // Announced once, so no second listener meets the first's invitation and fails for good.
        assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%AttendanceRecorded'"
                + " and serialized_event like :registration").param("registration", "%" + registration.getId() + "%")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAttendeeWhoWithdrewFromSurveysIsNotInvited() {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(3));
        Registration withdrawn = register(activity);
        registry.recordConsent(withdrawn.getBeneficiaryId(), ConsentPurpose.SATISFACTION_SURVEYS, Channel.INTERVIEW);
        registry.withdrawConsent(withdrawn.getBeneficiaryId(), ConsentPurpose.SATISFACTION_SURVEYS, Channel.PHONE);
        Registration asked = register(activity);
        ActivityFixture.started(jdbc, activity.getId());

        registrations.recordAttendance(withdrawn.getId(), true, "officer");
        registrations.recordAttendance(asked.getId(), true, "officer");

        await().atMost(WAIT).until(() -> invitations(asked.getId()).size() == 1);
        assertThat(invitations(withdrawn.getId())).isEmpty();
    }

    @Test
    void attendanceWaitsForTheStartAndIsOnlyForThoseHoldingAPlace() {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(1));
        Registration holder = register(activity);
        Registration waiting = register(activity);
        assertThatThrownBy(() -> registrations.recordAttendance(holder.getId(), true, "officer"))
                .hasMessage("activity.attendance.notStarted");

        ActivityFixture.started(jdbc, activity.getId());
        assertThatThrownBy(() -> registrations.recordAttendance(waiting.getId(), true, "officer"))
                .hasMessage("activity.attendance.notRegistered");
        registrations.recordAttendance(holder.getId(), false, "officer");
        assertThat(registrations.get(holder.getId()).isAttendanceRecorded()).isTrue();
        assertThat(registrations.get(holder.getId()).isAttended()).isFalse();
    }

    @Test
    void anAttendeeGetsAPdfCertificateWithTheSameNumberEveryTime() throws IOException {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(3));
        Registration attendee = register(activity);
        Registration absent = register(activity);
        ActivityFixture.started(jdbc, activity.getId());
        registrations.recordAttendance(attendee.getId(), true, "officer");
        registrations.recordAttendance(absent.getId(), false, "officer");

        FileDownload first = certificates.certificateOf(attendee.getId());
        FileDownload again = certificates.certificateOf(attendee.getId());

        assertThat(new String(first.content().getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(first.mediaType()).isEqualTo("application/pdf");
        String number = registrations.get(attendee.getId()).getCertificateNumber();
        assertThat(number).matches("CRT-\\d{4}-[0-9A-Z]{10}");
        assertThat(first.fileName()).isEqualTo("certificate-" + number + ".pdf").isEqualTo(again.fileName());
        assertThatThrownBy(() -> certificates.certificateOf(absent.getId()))
                .isInstanceOfSatisfying(ActivityStateException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("activity.certificate.notAttended"));
    }

    @Test
    void anActivityGivingNoCertificateRefusesOne() {
        ActivityDetails open = ActivityFixture.openTo(3);
        Activity activity = ActivityFixture.published(catalog, new ActivityDetails(open.kind(), open.titleAr(), null,
                open.descriptionAr(), null, open.startsAt(), open.endsAt(), open.place(), null, 3,
                open.registrationOpensAt(), open.registrationClosesAt(), null, Set.of(), null, false, true));
        Registration attendee = register(activity);
        ActivityFixture.started(jdbc, activity.getId());
        registrations.recordAttendance(attendee.getId(), true, "officer");

        assertThatThrownBy(() -> certificates.certificateOf(attendee.getId()))
                .hasMessage("activity.certificate.none");
    }

    private Registration register(Activity activity) {
        return registrations.register(activity.getId(), ActivityFixture.person(registry), RegistrationVia.OFFICER,
                "officer", null);
    }

    private List<String> invitations(UUID registrationId) {
        return jdbc.sql("select activity_id, purpose from survey_invitation where activity_registration_id = :id")
                .param("id", registrationId).query((row, n) -> row.getObject(1, UUID.class) + " " + row.getString(2))
                .list();
    }

    private List<String> surveyMessages(UUID registrationId) {
        return jdbc.sql("""
                select n.template_key from notification n join survey_invitation i on n.dedup_key = 'survey:' || cast(i.id as varchar(36))
                where i.activity_registration_id = :id""").param("id", registrationId).query(String.class).list();
    }
}
