package sa.silah.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.casework.CallOutcome;
import sa.silah.casework.Casework;
import sa.silah.casework.Direction;
import sa.silah.casework.Interaction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.NewInteraction;
import sa.silah.casework.Request;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Channel;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;

/**
 * A beneficiary who withdrew from satisfaction surveys is asked nothing more: no invitation after a closure, no
 * rating of a call, and no survey still waiting in their portal.
 */
@IntegrationTest
class SurveyConsentIT {

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

    SatisfactionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SatisfactionFixture(departments, services, staff, registry, casework, satisfaction);
    }

    @Test
    void aClosedRequestOfABeneficiaryWhoWithdrewGetsNoInvitation() {
        UUID beneficiary = fixture.beneficiary("ar");
        registry.recordConsent(beneficiary, ConsentPurpose.SATISFACTION_SURVEYS, Channel.INTERVIEW);
        registry.withdrawConsent(beneficiary, ConsentPurpose.SATISFACTION_SURVEYS, Channel.PHONE);
        Request request = fixture.request(beneficiary);

        assertThat(satisfaction.inviteOnClosure(request.getId(), fixture.officer)).isEmpty();
        assertThat(satisfaction.invitationsOf(request.getId())).isEmpty();

        registry.recordConsent(beneficiary, ConsentPurpose.SATISFACTION_SURVEYS, Channel.WEBSITE);
        assertThat(satisfaction.inviteOnClosure(request.getId(), fixture.officer)).as("given again").isPresent();
    }

    @Test
    void aSurveyWaitingInThePortalIsNoLongerOfferedOnceTheBeneficiaryWithdraws() {
        UUID beneficiary = fixture.beneficiary("ar");
        Invitation waiting = fixture.resolvedWithInvitation(beneficiary);
        assertThat(satisfaction.openInvitationsOf(beneficiary)).extracting(Invitation::getId)
                .containsExactly(waiting.getId());

        registry.withdrawConsent(beneficiary, ConsentPurpose.SATISFACTION_SURVEYS, Channel.WEBSITE);

        assertThat(satisfaction.openInvitationsOf(beneficiary)).isEmpty();
    }

    @Test
    void noRatingOfACallIsAskedOfABeneficiaryWhoObjected() {
        UUID beneficiary = fixture.beneficiary("ar");
        registry.withdrawConsent(beneficiary, ConsentPurpose.SATISFACTION_SURVEYS, Channel.PHONE);
        Request request = fixture.request(beneficiary);
        Interaction call = casework.recordInteraction(request.getReferenceNumber(), new NewInteraction(Channel.PHONE,
                InteractionType.CALL, Direction.OUTBOUND, null, false, null, null, null, "0551234567", 60,
                CallOutcome.ANSWERED), fixture.caseworker());

        assertThatThrownBy(() -> satisfaction.askAboutContact(call.getId(), fixture.officer))
                .isInstanceOfSatisfying(NotRateableException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("contactRating.surveysWithdrawn"));
        assertThat(satisfaction.invitationsOf(request.getId())).isEmpty();
    }
}
