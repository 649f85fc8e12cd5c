package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import sa.silah.privacy.DataSubjectRequest;
import sa.silah.privacy.DataSubjectRequestStatus;
import sa.silah.privacy.DataSubjectRequests;
import sa.silah.privacy.IdentityVerification;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/** The signed-in beneficiary opens and follows their own data-subject requests, and nobody else's. */
@IntegrationTest
class PortalPrivacyRequestsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    DataSubjectRequests requests;

    PortalSignIn portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSignIn(mvc, jdbc);
    }

    @Test
    void aBeneficiaryOpensACopyRequestVerifiedByTheSignInAndDownloadsTheCopyOnceCompleted() throws Exception {
        Beneficiary mine = registered();
        MockHttpSession session = portal.claimed(mine);

        String location = mvc.perform(post("/portal/me/privacy-requests").session(session).with(csrf())
                .param("right", "COPY").param("details", "أرغب في نسخة من بياناتي"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String reference = location.substring(location.lastIndexOf('/') + 1);

        DataSubjectRequest opened = requests.get(reference);
        assertThat(opened.getBeneficiaryId()).isEqualTo(mine.getId());
        assertThat(opened.getStatus()).isEqualTo(DataSubjectRequestStatus.IN_PROGRESS);
        assertThat(opened.getVerificationMethod()).isEqualTo(IdentityVerification.PORTAL_SIGN_IN);
        mvc.perform(get("/portal/me/privacy-requests").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)));
        mvc.perform(get(location).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("أرغب في نسخة من بياناتي")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("copy.pdf"))));
        mvc.perform(get(location + "/copy.pdf").session(session)).andExpect(status().isNotFound());

        requests.complete(reference, null, "dsr-officer");

        mvc.perform(get(location + "/copy.pdf").session(session)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        String json = mvc.perform(get(location + "/copy.json").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains(mine.getFullName());
    }

    @Test
    void anotherBeneficiaryCannotSeeTheRequestOrItsCopy() throws Exception {
        Beneficiary mine = registered();
        Beneficiary theirs = registered();
        String reference = requests.openFromPortal(mine.getId(), sa.silah.privacy.DataSubjectRight.ACCESS, null,
                "beneficiary").getReference();
        requests.complete(reference, null, "dsr-officer");
        MockHttpSession other = portal.claimed(theirs);

        mvc.perform(get("/portal/me/privacy-requests/{ref}", reference).session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/me/privacy-requests/{ref}/copy.json", reference).session(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/me/privacy-requests").session(other)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(reference))));
        mvc.perform(get("/portal/me/privacy-requests")).andExpect(redirectedUrl("/portal/login"));
    }

    @Test
    void aRequestWithoutARightShowsTheFieldError() throws Exception {
        MockHttpSession session = portal.claimed(registered());

        mvc.perform(post("/portal/me/privacy-requests").session(session).with(csrf()).param("details", "؟"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "right", "dataSubjectRequest.right.required"));
    }


    private Beneficiary registered() {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "ريم " + TestData.uniqueWord(), null,
                TestData.nationalId('1'), null, null, null, "مكة", null, null, null, TestData.mobile(), null, null,
                List.of()));
    }
}
