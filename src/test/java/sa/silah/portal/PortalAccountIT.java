package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

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
import sa.silah.beneficiary.ContactChannel;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.casework.Casework;
import sa.silah.casework.NewRequest;
import sa.silah.casework.RequestKind;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.Browser;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

@IntegrationTest
class PortalAccountIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    Casework casework;

    @Autowired
    StaffManagement staff;

    PortalSignIn portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSignIn(mvc, jdbc);
    }

    @Test
    void changesEmailPreferredChannelAndOptOuts() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession session = portal.claimed(beneficiary);

        mvc.perform(post("/portal/me/details").session(session).with(csrf()).param("email", "noura@example.org")
                        .param("preferredChannel", "WHATSAPP").param("language", "en").param("optOuts", "EMAIL"))
                .andExpect(redirectedUrl("/portal/me/details"));

        Beneficiary changed = registry.find(beneficiary.getId()).orElseThrow();
        assertThat(changed.getEmail()).isEqualTo("noura@example.org");
        assertThat(changed.getPreferredChannel()).isEqualTo(ContactChannel.WHATSAPP);
        assertThat(changed.getLanguage()).isEqualTo("en");
        assertThat(changed.getOptOuts()).containsExactly(ContactChannel.EMAIL);
        assertThat(changed.getNationalId()).isEqualTo(beneficiary.getNationalId());
    }

    @Test
    void aBadEmailIsShownOnItsFieldAndChangesNothing() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession session = portal.claimed(beneficiary);

        mvc.perform(post("/portal/me/details").session(session).with(csrf()).param("email", "not-an-email")
                        .param("language", "ar"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "email"));

        assertThat(registry.find(beneficiary.getId()).orElseThrow().getEmail()).isNull();
    }

    @Test
    void aNewMobileGoesOnFileOnlyWithTheCodeSentToIt() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession session = portal.claimed(beneficiary);
        String newMobile = TestData.mobile();

        mvc.perform(post("/portal/me/mobile").session(session).with(csrf()).param("mobile", newMobile))
                .andExpect(redirectedUrl("/portal/me/mobile/code"));
        String code = portal.latestCode(newMobile);
        String wrong = code.equals("000000") ? "111111" : "000000";
        mvc.perform(post("/portal/me/mobile/code").session(session).with(csrf()).param("code", wrong))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "portal.code.wrong"));
        assertThat(registry.find(beneficiary.getId()).orElseThrow().getMobile()).isEqualTo(beneficiary.getMobile());

        mvc.perform(post("/portal/me/mobile/code").session(session).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/portal/me/details"));

        String e164 = SaudiMobile.parse(newMobile).e164();
        assertThat(registry.find(beneficiary.getId()).orElseThrow().getMobile()).isEqualTo(e164);
        assertThat(PortalLoginIT.signedIn(session)).isEqualTo(new PortalBeneficiary(beneficiary.getId(), e164));
        MockHttpSession next = new MockHttpSession();
        portal.askForCode(next, newMobile, PortalSignIn.randomClientAddress());
        portal.typeCode(next, portal.latestCode(newMobile)).andExpect(redirectedUrl("/portal"));
    }

    @Test
    void theSignInCodeOfTheNewMobileDoesNotChangeIt() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession session = portal.claimed(beneficiary);
        String newMobile = TestData.mobile();
        MockHttpSession other = new MockHttpSession();
        portal.askForCode(other, newMobile, PortalSignIn.randomClientAddress());
        session.setAttribute("silah.portal.mobileAttempt", other.getAttribute(PortalSignIn.ATTEMPT));

        mvc.perform(post("/portal/me/mobile/code").session(session).with(csrf()).param("code", portal.latestCode(newMobile)))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "portal.code.expired"));

        assertThat(registry.find(beneficiary.getId()).orElseThrow().getMobile()).isEqualTo(beneficiary.getMobile());
    }

    @Test
    void myDataHoldsMyRecordAndRequestsAndNobodyElses() throws Exception {
        Beneficiary mine = registered();
        Beneficiary theirs = registered();
        String caseworker = TestAccounts.ensure(staff, Role.MANAGER);
        String myRequest = casework.submit(new NewRequest(mine.getId(), RequestKind.INQUIRY, Channel.PHONE, null,
                "استفسار عن السلة " + TestData.uniqueWord(), null, null, null, null, null, null),
                casework.caseworker(caseworker)).getReferenceNumber();
        String theirRequest = casework.submit(new NewRequest(theirs.getId(), RequestKind.INQUIRY, Channel.PHONE, null,
                "استفسار آخر", null, null, null, null, null, null), casework.caseworker(caseworker)).getReferenceNumber();

        String json = mvc.perform(get("/portal/me/data.json").session(portal.claimed(mine)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(json).contains(mine.getId().toString(), mine.getFullName(), mine.getNationalId(), myRequest)
                .doesNotContain(theirs.getId().toString(), theirs.getFullName(), theirs.getNationalId(),
                        theirs.getMobile(), theirRequest);
    }

    @Test
    void myDataAsAReadablePdfHoldsMyRecordAndNobodyElses() throws Exception {
        Beneficiary mine = registered();
        Beneficiary theirs = registered();

        byte[] pdf = mvc.perform(get("/portal/me/data.pdf").session(portal.claimed(mine)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains(mine.getNationalId(), SaudiMobile.parse(mine.getMobile()).national())
                    .doesNotContain(theirs.getNationalId());
            java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 72),
                    "png", Browser.SCREENSHOTS.resolve("portal-my-data-pdf.png").toFile());
        }
    }

    @Test
    void myDataNeedsASignedInBeneficiary() throws Exception {
        mvc.perform(get("/portal/me/data.json")).andExpect(redirectedUrl("/portal/login"));
    }


    private Beneficiary registered() {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "ريم " + TestData.uniqueWord(), null,
                TestData.nationalId('1'), null, null, null, "مكة", null, null, null, TestData.mobile(), null, null,
                List.of()));
    }
}
