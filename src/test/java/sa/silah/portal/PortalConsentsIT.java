package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.privacy.PrivacyNoticeLibrary;
import sa.silah.shared.Channel;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * The signed-in beneficiary's consents page: each purpose with where they stand, withdrawing and giving on the
 * website as themselves under the notice in force, and the sign-in code still reaching them after they withdrew
 * from notifications.
 */
@IntegrationTest
class PortalConsentsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    AccountManagement accounts;
    @Autowired
    PrivacyNoticeLibrary notices;

    PortalSignIn portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSignIn(mvc, jdbc);
    }

    @Test
    void theBeneficiaryWithdrawsAndGivesEachPurposeAsThemselvesUnderTheNoticeInForce() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession session = portal.claimed(beneficiary);
        String self = "beneficiary:" + beneficiary.getId();

        mvc.perform(get("/portal").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/portal/me/consents\"")));
        mvc.perform(get("/portal/me/consents").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"consent-NOTIFICATIONS\""),
                        containsString("id=\"consent-OUTREACH\""),
                        containsString("/portal/me/consents/NOTIFICATIONS/withdraw"),
                        containsString("/portal/me/consents/OUTREACH/give"))));

        mvc.perform(post("/portal/me/consents/NOTIFICATIONS/withdraw").session(session).with(csrf()))
                .andExpect(redirectedUrl("/portal/me/consents"));
        mvc.perform(post("/portal/me/consents/OUTREACH/give").session(session).with(csrf()))
                .andExpect(redirectedUrl("/portal/me/consents"));

        int inForce = notices.current().getVersion();
        assertThat(standing(beneficiary.getId(), ConsentPurpose.NOTIFICATIONS)).satisfies(notifications -> {
            assertThat(notifications.allowed()).isFalse();
            assertThat(notifications.latest().isObjection()).isTrue();
            assertThat(notifications.latest().getWithdrawnBy()).isEqualTo(self);
            assertThat(notifications.latest().getChannel()).isEqualTo(Channel.WEBSITE);
            assertThat(notifications.latest().getPrivacyNoticeVersion()).isEqualTo(inForce);
        });
        assertThat(standing(beneficiary.getId(), ConsentPurpose.OUTREACH)).satisfies(outreach -> {
            assertThat(outreach.allowed()).isTrue();
            assertThat(outreach.latest().isActive()).isTrue();
            assertThat(outreach.latest().getRecordedBy()).isEqualTo(self);
            assertThat(outreach.latest().getPrivacyNoticeVersion()).isEqualTo(inForce);
        });
        mvc.perform(get("/portal/me/consents").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/portal/me/consents/NOTIFICATIONS/give"),
                        containsString("/portal/me/consents/OUTREACH/withdraw"),
                        containsString("href=\"/privacy/versions/" + inForce + "\""))));

        mvc.perform(post("/portal/me/consents/NOTIFICATIONS/give").session(session).with(csrf()))
                .andExpect(redirectedUrl("/portal/me/consents"));
        assertThat(standing(beneficiary.getId(), ConsentPurpose.NOTIFICATIONS).allowed()).isTrue();
        assertThat(standing(beneficiary.getId(), ConsentPurpose.SATISFACTION_SURVEYS)).satisfies(untouched -> {
            assertThat(untouched.allowed()).isTrue();
            assertThat(untouched.latest()).isNull();
        });
    }

    @Test
    void theSignInCodeStillReachesABeneficiaryWhoWithdrewFromNotifications() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession first = portal.claimed(beneficiary);
        mvc.perform(post("/portal/me/consents/NOTIFICATIONS/withdraw").session(first).with(csrf()))
                .andExpect(redirectedUrl("/portal/me/consents"));

        MockHttpSession again = portal.verify(beneficiary.getMobile());

        assertThat(PortalLoginIT.signedIn(again)).isEqualTo(new PortalBeneficiary(beneficiary.getId(),
                beneficiary.getMobile()));
        assertThat(standing(beneficiary.getId(), ConsentPurpose.NOTIFICATIONS).allowed()).isFalse();
    }

    @Test
    void nobodySignedOutChangesAConsent() throws Exception {
        mvc.perform(get("/portal/me/consents")).andExpect(redirectedUrl("/portal/login"));
        mvc.perform(post("/portal/me/consents/NOTIFICATIONS/withdraw").with(csrf()))
                .andExpect(redirectedUrl("/portal/login"));
    }

    private ConsentStanding standing(UUID beneficiaryId, ConsentPurpose purpose) {
        return accounts.consentsOf(beneficiaryId).stream().filter(line -> line.purpose() == purpose).findFirst()
                .orElseThrow();
    }


    private Beneficiary registered() {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "ريم " + TestData.uniqueWord(), null,
                TestData.nationalId('1'), null, null, null, "مكة", null, null, null, TestData.mobile(), null, null,
                List.of()));
    }
}
