package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

@IntegrationTest
class PortalLoginIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BeneficiaryRegistry registry;

    PortalSignIn portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSignIn(mvc, jdbc);
    }

    @Test
    void knownAndUnknownMobilesGetTheSameAnswer() throws Exception {
        String known = registered(TestData.nationalId('1'), null).getMobile();
        String unknown = TestData.mobile();

        String knownPage = portal.askForCode(new MockHttpSession(), known, PortalSignIn.randomClientAddress())
                .andExpect(redirectedUrl("/portal/code")).andReturn().getResponse().getContentAsString();
        String unknownPage = portal.askForCode(new MockHttpSession(), unknown, PortalSignIn.randomClientAddress())
                .andExpect(redirectedUrl("/portal/code")).andReturn().getResponse().getContentAsString();

        assertThat(knownPage).isEqualTo(unknownPage);
    }

    @Test
    void theCodeIsStoredOnlyAsASaltedHash() throws Exception {
        String mobile = TestData.mobile();
        portal.askForCode(new MockHttpSession(), mobile, PortalSignIn.randomClientAddress());
        String code = portal.latestCode(mobile);

        List<Map<String, Object>> rows = jdbc.queryForList("select * from otp_challenge where mobile = ?",
                SaudiMobile.parse(mobile).e164());

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(code));
    }

    @Test
    void codesOlderThanTheLimitsWindowAreDeletedWithTheirMobiles() throws Exception {
        String old = TestData.mobile();
        portal.askForCode(new MockHttpSession(), old, PortalSignIn.randomClientAddress());
        jdbc.update("update otp_challenge set created_at = ? where mobile = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))),
                SaudiMobile.parse(old).e164());

        portal.askForCode(new MockHttpSession(), TestData.mobile(), PortalSignIn.randomClientAddress());

        assertThat(jdbc.queryForObject("select count(*) from otp_challenge where mobile = ?", Long.class,
                SaudiMobile.parse(old).e164())).isZero();
    }

    @Test
    void aCodeWorksOnlyInTheSessionThatAskedForIt() throws Exception {
        String mobile = TestData.mobile();
        portal.askForCode(new MockHttpSession(), mobile, PortalSignIn.randomClientAddress());

        portal.typeCode(new MockHttpSession(), portal.latestCode(mobile))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "portal.code.expired"));
    }

    @Test
    void aCodeIsUsableOnce() throws Exception {
        String mobile = TestData.mobile();
        MockHttpSession session = new MockHttpSession();
        portal.askForCode(session, mobile, PortalSignIn.randomClientAddress());
        String code = portal.latestCode(mobile);
        Object attempt = session.getAttribute(PortalSignIn.ATTEMPT);
        portal.typeCode(session, code).andExpect(redirectedUrl("/portal/claim"));

        MockHttpSession replay = new MockHttpSession();
        replay.setAttribute(PortalSignIn.ATTEMPT, attempt);
        portal.typeCode(replay, code).andExpect(model().attributeHasFieldErrorCode("form", "code", "portal.code.expired"));
    }

    @Test
    void fiveWrongTriesEndTheAttempt() throws Exception {
        String mobile = TestData.mobile();
        MockHttpSession session = new MockHttpSession();
        portal.askForCode(session, mobile, PortalSignIn.randomClientAddress());
        String code = portal.latestCode(mobile);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            portal.typeCode(session, wrong).andExpect(model().attributeHasFieldErrorCode("form", "code", "portal.code.wrong"));
        }
        portal.typeCode(session, wrong).andExpect(model().attributeHasFieldErrorCode("form", "code", "portal.code.expired"));

        portal.typeCode(session, code).andExpect(model().attributeHasFieldErrorCode("form", "code", "portal.code.expired"));
    }

    @Test
    void sendingIsLimitedPerMobile() throws Exception {
        String mobile = TestData.mobile();
        for (int i = 0; i < 5; i++) {
            portal.askForCode(new MockHttpSession(), mobile, PortalSignIn.randomClientAddress())
                    .andExpect(redirectedUrl("/portal/code"));
        }

        portal.askForCode(new MockHttpSession(), mobile, PortalSignIn.randomClientAddress())
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("حاول بعد ساعة")));
        assertThat(jdbc.queryForObject("select count(*) from otp_challenge where mobile = ?", Long.class,
                SaudiMobile.parse(mobile).e164())).isEqualTo(5);
    }

    @Test
    void sendingIsLimitedPerClientAddress() throws Exception {
        String address = PortalSignIn.randomClientAddress();
        for (int i = 0; i < 20; i++) {
            portal.askForCode(new MockHttpSession(), TestData.mobile(), address).andExpect(redirectedUrl("/portal/code"));
        }

        portal.askForCode(new MockHttpSession(), TestData.mobile(), address)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"));
    }

    @Test
    void aBeneficiaryWhoChoseWhatsAppGetsTheCodeByWhatsApp() throws Exception {
        Beneficiary whatsApp = registered(TestData.nationalId('1'), ContactChannel.WHATSAPP);

        portal.askForCode(new MockHttpSession(), whatsApp.getMobile(), PortalSignIn.randomClientAddress());

        assertThat(jdbc.queryForObject("select channel from notification where recipient = ?", String.class,
                whatsApp.getMobile())).isEqualTo("WHATSAPP");
    }

    @Test
    void claimsTheRecordWithTheMobileOnFileAndTheNationalId() throws Exception {
        String nationalId = TestData.nationalId('1');
        Beneficiary beneficiary = registered(nationalId, null);
        MockHttpSession session = portal.verify(beneficiary.getMobile());

        mvc.perform(post("/portal/claim").session(session).with(csrf()).param("identifier", TestData.nationalId('1')))
                .andExpect(model().attributeHasFieldErrorCode("form", "identifier", "portal.claim.noMatch"));
        mvc.perform(post("/portal/claim").session(session).with(csrf()).param("identifier", nationalId))
                .andExpect(redirectedUrl("/portal"));

        var principal = signedIn(session);
        assertThat(principal).isEqualTo(new PortalBeneficiary(beneficiary.getId(), beneficiary.getMobile()));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
        mvc.perform(get("/portal").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(beneficiary.getFullName())));
    }

    @Test
    void theNextSignInNeedsNoClaim() throws Exception {
        String nationalId = TestData.nationalId('1');
        Beneficiary beneficiary = registered(nationalId, null);
        MockHttpSession first = portal.verify(beneficiary.getMobile());
        mvc.perform(post("/portal/claim").session(first).with(csrf()).param("identifier", nationalId))
                .andExpect(redirectedUrl("/portal"));

        MockHttpSession second = new MockHttpSession();
        portal.askForCode(second, beneficiary.getMobile(), PortalSignIn.randomClientAddress());
        portal.typeCode(second, portal.latestCode(beneficiary.getMobile())).andExpect(redirectedUrl("/portal"));
    }

    @Test
    void aMobileNotOnFileWithSomeonesNationalIdClaimsNothing() throws Exception {
        String nationalId = TestData.nationalId('1');
        registered(nationalId, null);
        MockHttpSession session = portal.verify(TestData.mobile());

        mvc.perform(post("/portal/claim").session(session).with(csrf()).param("identifier", nationalId))
                .andExpect(model().attributeHasFieldErrorCode("form", "identifier", "portal.claim.noMatch"));
        mvc.perform(get("/portal").session(session)).andExpect(redirectedUrl("/portal/login"));
    }

    @Test
    void registersWithConsentForServiceDelivery() throws Exception {
        String mobile = TestData.mobile();
        String nationalId = TestData.nationalId('1');
        MockHttpSession session = portal.verify(mobile);

        mvc.perform(post("/portal/register").session(session).with(csrf()).param("type", "INDIVIDUAL")
                        .param("fullName", "سارة " + TestData.uniqueWord()).param("identifier", nationalId)
                        .param("segment", "WIDOWS").param("city", "الرياض").param("consent", "true"))
                .andExpect(redirectedUrl("/portal"));

        Beneficiary registered = registry.find(signedIn(session).beneficiaryId()).orElseThrow();
        assertThat(registered.getNationalId()).isEqualTo(nationalId);
        assertThat(registered.getMobile()).isEqualTo(SaudiMobile.parse(mobile).e164());
        assertThat(jdbc.queryForObject("select count(*) from consent where beneficiary_id = ? and purpose = ?",
                Long.class, registered.getId(), ConsentPurpose.SERVICE_DELIVERY.name())).isEqualTo(1);
    }

    @Test
    void registeringWithoutConsentKeepsWhatWasTypedAndRegistersNobody() throws Exception {
        String nationalId = TestData.nationalId('1');
        MockHttpSession session = portal.verify(TestData.mobile());

        mvc.perform(post("/portal/register").session(session).with(csrf()).param("type", "INDIVIDUAL")
                        .param("fullName", "سارة الأولى").param("identifier", nationalId).param("city", "جدة"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "consent", "portal.consent.required"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(nationalId)));

        assertThat(jdbc.queryForObject("select count(*) from beneficiary where national_id = ?", Long.class, nationalId))
                .isZero();
    }

    private Beneficiary registered(String nationalId, ContactChannel preferred) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "نورة " + TestData.uniqueWord(),
                null, nationalId, null, null, null, "الرياض", null, null, null, TestData.mobile(), null, preferred,
                List.of()));
    }

    static PortalBeneficiary signedIn(MockHttpSession session) {
        var context = (SecurityContext) session.getAttribute(PortalSessions.CONTEXT_ATTRIBUTE);
        assertThat(context).as("a signed-in beneficiary").isNotNull();
        return (PortalBeneficiary) context.getAuthentication().getPrincipal();
    }
}
