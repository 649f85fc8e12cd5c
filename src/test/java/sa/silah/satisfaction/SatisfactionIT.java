package sa.silah.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.NewRequest;
import sa.silah.casework.Priority;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.notification.Notification;
import sa.silah.notification.NotificationChannel;
import sa.silah.notification.Notifier;
import sa.silah.notification.TemplateKey;
import sa.silah.shared.Channel;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.sla.BusinessCalendar;
import sa.silah.sla.BusinessDuration;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;

/**
 * A closed request's invitation, its one reminder, answering once and in time, and the follow-up a low rating
 * opens for the department's managers.
 */
@IntegrationTest
class SatisfactionIT {

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    Casework casework;

    @Autowired
    Satisfaction satisfaction;

    @Autowired
    Invitations invitations;

    @Autowired
    SurveyResponses responses;

    @Autowired
    FollowUps followUps;

    @Autowired
    Notifier notifier;

    @Autowired
    BusinessCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    SatisfactionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SatisfactionFixture(departments, services, staff, registry, casework, satisfaction);
    }

    @Test
    void resolvingARequestSendsExactlyOneInvitationWithAnUnguessableLink() {
        Request request = fixture.resolvedRequest();
        awaitListeners(request.getId());

        List<Invitation> sent = satisfaction.invitationsOf(request.getId());
        assertThat(sent).singleElement().satisfies(invitation -> {
            assertThat(invitation.getPurpose()).isEqualTo(InvitationPurpose.REQUEST_CLOSED);
            assertThat(invitation.getToken()).matches("[A-Za-z0-9_-]{43}");
            assertThat(Duration.between(invitation.getCreatedAt(), invitation.getExpiresAt())).isEqualTo(Duration.ofDays(14));
            assertThat(invitation.getBreakdown().getDepartmentId()).isEqualTo(fixture.department.getId());
            assertThat(invitation.getBreakdown().getStaffUsername()).isEqualTo(fixture.officer);
        });
        assertThat(messages(request, TemplateKey.SURVEY_INVITATION)).singleElement().satisfies(message -> {
            assertThat(message.getChannel()).isEqualTo(NotificationChannel.SMS);
            assertThat(message.getBody()).contains("/s/" + sent.get(0).getToken());
        });

        casework.changeStatus(request.getReferenceNumber(), RequestStatus.IN_PROGRESS, "أعيد فتحه للتحقق",
                casework.caseworker(fixture.manager));
        casework.changeStatus(request.getReferenceNumber(), RequestStatus.RESOLVED, null,
                casework.caseworker(fixture.manager));
        awaitListeners(request.getId());
        assertThat(satisfaction.invitationsOf(request.getId())).as("closed again after reopening").hasSize(1);
        assertThat(messages(request, TemplateKey.SURVEY_INVITATION)).hasSize(1);
    }

    @Test
    void anAnonymousComplaintWithoutContactGetsNoInvitation() {
        Request complaint = casework.submit(new NewRequest(null, RequestKind.COMPLAINT, Channel.LETTER, null,
                "شكوى بلا اسم", "تأخر الرد", Priority.NORMAL, null, null, null, null),
                casework.caseworker(fixture.officer));

        assertThat(satisfaction.inviteOnClosure(complaint.getId(), fixture.officer)).isEmpty();
        assertThat(satisfaction.invitationsOf(complaint.getId())).isEmpty();
    }

    @Test
    void theReminderGoesOnceAfterThreeDaysAndNeverToAnAnsweredOrExpiredInvitation() {
        Invitation unanswered = invite(fixture.request());
        Invitation answered = invite(fixture.request());
        Invitation expired = invite(fixture.request());
        satisfaction.answer(answered.getToken(), Map.of("overall", "5", "resolved", "1"), false);
        assertThat(remindersTo(unanswered)).as("too early").isZero();

        for (Invitation invitation : List.of(unanswered, answered, expired)) {
            jdbc.update("update survey_invitation set created_at = created_at - interval '4' day where id = ?",
                    invitation.getId());
        }
        jdbc.update("update survey_invitation set expires_at = current_timestamp - interval '1' minute where id = ?",
                expired.getId());
        satisfaction.remindUnanswered();
        satisfaction.remindUnanswered();
        List.of(unanswered, answered, expired).forEach(invitation -> awaitListeners(invitation.getRequestId()));

        assertThat(remindersTo(unanswered)).isEqualTo(1);
        assertThat(remindersTo(answered)).isZero();
        assertThat(remindersTo(expired)).isZero();
        assertThat(invitations.findById(unanswered.getId()).orElseThrow().getRemindedAt()).isNotNull();
    }

    @Test
    void aLinkTakesOneAnswerAndASecondIsRefusedWithNothingChanged() {
        Invitation invitation = invite(fixture.request());

        SurveyResponse response = satisfaction.answer(invitation.getToken(),
                Map.of("overall", "4", "resolved", "1", "speed", "5", "recommend", "9", "comment", "شكرًا"), false);

        assertThat(response.getOverallScore()).isEqualTo(4);
        assertThat(response.getRecommendScore()).isEqualTo(9);
        assertThat(response.getResolved()).isTrue();
        assertThat(response.getRequestRef()).isEqualTo(invitation.getRequestRef());
        assertThatThrownBy(() -> satisfaction.answer(invitation.getToken(), Map.of("overall", "1", "resolved", "0"), false))
                .isInstanceOfSatisfying(InvitationClosedException.class,
                        closed -> assertThat(closed.reason()).isEqualTo(Invitation.Closed.ANSWERED));
        assertThat(responsesTo(invitation)).isEqualTo(1);
        assertThat(responses.findById(response.getId()).orElseThrow().getOverallScore()).isEqualTo(4);
        assertThat(followUpsOf(invitation.getRequestId())).isEmpty();
    }

    @Test
    void anExpiredLinkIsRefused() {
        Invitation invitation = invite(fixture.request());
        jdbc.update("update survey_invitation set expires_at = current_timestamp - interval '1' minute where id = ?",
                invitation.getId());

        assertThatThrownBy(() -> satisfaction.answer(invitation.getToken(), Map.of("overall", "5", "resolved", "1"), false))
                .isInstanceOfSatisfying(InvitationClosedException.class,
                        closed -> assertThat(closed.reason()).isEqualTo(Invitation.Closed.EXPIRED));
        assertThat(invitations.findById(invitation.getId()).orElseThrow().getAnsweredAt()).isNull();
    }

    @Test
    void wrongAnswersNameTheirQuestionsAndLeaveTheLinkOpen() {
        Invitation invitation = invite(fixture.request());

        assertThatThrownBy(() -> satisfaction.answer(invitation.getToken(), Map.of("resolved", "1", "speed", "7"), false))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactlyInAnyOrder(new FieldProblem("overall", "survey.answer.required"),
                                new FieldProblem("speed", "survey.answer.invalid")));
        assertThat(invitations.findById(invitation.getId()).orElseThrow().getAnsweredAt()).isNull();
    }

    @Test
    void anAnonymousAnswerKeepsNoLinkToThePersonOrTheRequestAndOpensNoFollowUp() {
        Request request = fixture.request();
        Invitation invitation = invite(request);

        SurveyResponse response = satisfaction.answer(invitation.getToken(), Map.of("overall", "1", "resolved", "0"), true);

        assertThat(jdbc.queryForMap("select invitation_id, request_id, request_ref, beneficiary_id, department_id, "
                + "overall_score from survey_response where id = ?", response.getId()))
                .containsEntry("INVITATION_ID", null).containsEntry("REQUEST_ID", null)
                .containsEntry("REQUEST_REF", null).containsEntry("BENEFICIARY_ID", null)
                .containsEntry("DEPARTMENT_ID", fixture.department.getId()).containsEntry("OVERALL_SCORE", 1);
        assertThat(followUpsOf(request.getId())).isEmpty();
    }

    @Test
    void aLowRatingOpensExactlyOneFollowUpForTheDepartmentsManagersDueInTwoBusinessDays() {
        Request request = fixture.request();
        Invitation invitation = invite(request);

        satisfaction.answer(invitation.getToken(), Map.of("overall", "2", "resolved", "0"), false);
        awaitListeners(request.getId());

        assertThat(followUpsOf(request.getId())).singleElement().satisfies(followUp -> {
            assertThat(followUp.getReason()).isEqualTo(FollowUp.Reason.LOW_RATING);
            assertThat(followUp.getDepartmentId()).isEqualTo(fixture.department.getId());
            assertThat(followUp.getRequestRef()).isEqualTo(request.getReferenceNumber());
            assertThat(followUp.getDueAt()).isEqualTo(
                    calendar.addBusinessTime(followUp.getOpenedAt(), BusinessDuration.ofDays(2)));
        });
        assertThat(messages(request, TemplateKey.FOLLOW_UP_OPENED))
                .extracting(Notification::getStaffUsername).containsOnly(fixture.manager)
                .as("in the app and by email").hasSize(2);
    }

    @Test
    void aNoToWasItResolvedOpensAFollowUpEvenWithAGoodRating() {
        Request request = fixture.request();
        Invitation invitation = invite(request);

        satisfaction.answer(invitation.getToken(), Map.of("overall", "5", "resolved", "0"), false);

        assertThat(followUpsOf(request.getId())).singleElement()
                .extracting(FollowUp::getReason).isEqualTo(FollowUp.Reason.NOT_RESOLVED);
    }

    private Invitation invite(Request request) {
        return satisfaction.inviteOnClosure(request.getId(), fixture.officer).orElseThrow();
    }

    private long remindersTo(Invitation invitation) {
        return notifier.ofRequest(invitation.getRequestRef(), PageRequest.of(0, 50)).stream()
                .filter(message -> message.getTemplateKey() == TemplateKey.SURVEY_REMINDER).count();
    }

    private long responsesTo(Invitation invitation) {
        return jdbc.queryForObject("select count(*) from survey_response where invitation_id = ?", Long.class,
                invitation.getId());
    }

    private List<FollowUp> followUpsOf(UUID requestId) {
        return followUps.findByRequestIdOrderByOpenedAtDesc(requestId);
    }

    private List<Notification> messages(Request request, TemplateKey key) {
        return notifier.ofRequest(request.getReferenceNumber(), PageRequest.of(0, 50)).stream()
                .filter(message -> message.getTemplateKey() == key).toList();
    }

    private void awaitListeners(UUID requestId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Long.class, "%" + requestId + "%") == 0);
    }
}
