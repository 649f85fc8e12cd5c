package sa.silah.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import sa.silah.shared.Channel;

/**
 * Whether a beneficiary may be processed for a purpose: opt-out purposes go on until withdrawn or objected to,
 * outreach only with a consent in force; an objection stands until a new consent is given.
 */
class ConsentPurposeTest {

    private static Beneficiary beneficiary() {
        var details = new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "سارة علي", null, "1000000008", Gender.FEMALE,
                null, null, null, null, null, null, "0551234567", null, null, List.of(), null, Set.of());
        return Beneficiary.register(details.check(BeneficiaryDetailsTest.TODAY), Set.of(), "officer");
    }

    @Test
    void withNothingRecordedOnlyOutreachIsRefused() {
        Beneficiary beneficiary = beneficiary();

        assertThat(beneficiary.mayProcessFor(ConsentPurpose.SERVICE_DELIVERY)).isTrue();
        assertThat(beneficiary.mayProcessFor(ConsentPurpose.NOTIFICATIONS)).isTrue();
        assertThat(beneficiary.mayProcessFor(ConsentPurpose.SATISFACTION_SURVEYS)).isTrue();
        assertThat(beneficiary.mayProcessFor(ConsentPurpose.OUTREACH)).isFalse();
    }

    @Test
    void outreachNeedsAConsentInForce() {
        Beneficiary beneficiary = beneficiary();
        beneficiary.recordConsent(ConsentPurpose.OUTREACH, Channel.INTERVIEW, "officer", 3);

        assertThat(beneficiary.mayProcessFor(ConsentPurpose.OUTREACH)).isTrue();
        assertThat(beneficiary.latestConsent(ConsentPurpose.OUTREACH)).get()
                .extracting(Consent::getPrivacyNoticeVersion).isEqualTo(3);

        assertThat(beneficiary.withdrawConsent(ConsentPurpose.OUTREACH, Channel.WEBSITE, "beneficiary", 3)).isPresent();
        assertThat(beneficiary.mayProcessFor(ConsentPurpose.OUTREACH)).isFalse();
    }

    @Test
    void withdrawingAConsentGivenStopsThePurposeUntilGivenAgain() {
        Beneficiary beneficiary = beneficiary();
        beneficiary.recordConsent(ConsentPurpose.NOTIFICATIONS, Channel.PHONE, "officer", 1);

        assertThat(beneficiary.withdrawConsent(ConsentPurpose.NOTIFICATIONS, Channel.WEBSITE, "beneficiary", 1))
                .get().extracting(change -> change.newValue()).asString().startsWith("WITHDRAWN");
        assertThat(beneficiary.mayProcessFor(ConsentPurpose.NOTIFICATIONS)).isFalse();
        assertThat(beneficiary.getConsents()).singleElement().satisfies(consent -> {
            assertThat(consent.isActive()).isFalse();
            assertThat(consent.isObjection()).isFalse();
        });

        beneficiary.recordConsent(ConsentPurpose.NOTIFICATIONS, Channel.WEBSITE, "beneficiary", 2);
        assertThat(beneficiary.mayProcessFor(ConsentPurpose.NOTIFICATIONS)).isTrue();
        assertThat(beneficiary.latestConsent(ConsentPurpose.NOTIFICATIONS)).get()
                .extracting(Consent::getPrivacyNoticeVersion).isEqualTo(2);
    }

    @Test
    void withdrawingAPurposeNeverConsentedToRecordsAnObjectionOnce() {
        Beneficiary beneficiary = beneficiary();

        assertThat(beneficiary.withdrawConsent(ConsentPurpose.SATISFACTION_SURVEYS, Channel.WEBSITE, "beneficiary", 1))
                .get().extracting(change -> change.newValue()).asString().startsWith("OBJECTED");
        assertThat(beneficiary.mayProcessFor(ConsentPurpose.SATISFACTION_SURVEYS)).isFalse();
        assertThat(beneficiary.mayProcessFor(ConsentPurpose.NOTIFICATIONS)).as("other purposes go on").isTrue();
        assertThat(beneficiary.getConsents()).singleElement().satisfies(consent -> {
            assertThat(consent.isObjection()).isTrue();
            assertThat(consent.getGivenAt()).isNull();
            assertThat(consent.getWithdrawnAt()).isNotNull();
        });

        assertThat(beneficiary.withdrawConsent(ConsentPurpose.SATISFACTION_SURVEYS, Channel.WEBSITE, "beneficiary", 1))
                .as("already stopped").isEmpty();
        assertThat(beneficiary.getConsents()).hasSize(1);
    }
}
