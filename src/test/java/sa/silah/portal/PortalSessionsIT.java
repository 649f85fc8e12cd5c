package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

@IntegrationTest
class PortalSessionsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    StaffManagement staff;

    PortalSignIn portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSignIn(mvc, jdbc);
    }

    @Test
    void aStaffSessionDoesNotOpenThePortal() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        mvc.perform(post("/login").session(session).with(csrf()).param("username", officer)
                .param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/staff"));
        mvc.perform(get("/inbox").session(session)).andExpect(status().isOk());

        mvc.perform(get("/portal").session(session)).andExpect(redirectedUrl("/portal/login"));
        mvc.perform(get("/portal/me/details").session(session)).andExpect(redirectedUrl("/portal/login"));
    }

    @Test
    void aBeneficiarySessionDoesNotOpenStaffPages() throws Exception {
        MockHttpSession session = signedInBeneficiary();
        mvc.perform(get("/portal").session(session)).andExpect(status().isOk());

        mvc.perform(get("/inbox").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/beneficiaries").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession session = portal.verify(beneficiary.getMobile());
        String before = session.getId();

        mvc.perform(post("/portal/claim").session(session).with(csrf()).param("identifier", beneficiary.getNationalId()))
                .andExpect(redirectedUrl("/portal"));

        assertThat(session.getId()).isNotEqualTo(before);
    }

    @Test
    void signingOutEverywhereEndsTheOtherDevicesSessions() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession phone = portal.claimed(beneficiary);
        MockHttpSession laptop = portal.claimed(beneficiary);
        mvc.perform(get("/portal").session(laptop)).andExpect(status().isOk());

        mvc.perform(post("/portal/me/sessions/end").session(phone).with(csrf()))
                .andExpect(redirectedUrl("/portal/login?ended"));

        mvc.perform(get("/portal").session(laptop)).andExpect(redirectedUrl("/portal/login"));
        mvc.perform(get("/portal").session(phone)).andExpect(redirectedUrl("/portal/login"));
        mvc.perform(get("/portal").session(portal.claimed(beneficiary))).andExpect(status().isOk());
    }

    @Test
    void signingOutEndsThisSession() throws Exception {
        MockHttpSession session = signedInBeneficiary();

        mvc.perform(post("/portal/logout").session(session).with(csrf()))
                .andExpect(redirectedUrl("/portal/login?loggedOut"));

        mvc.perform(get("/portal").session(session)).andExpect(redirectedUrl("/portal/login"));
    }

    @Test
    void aBeneficiarySigningOutInTheBrowserOfAStaffMemberLeavesTheStaffSignedIn() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession session = portal.verify(beneficiary.getMobile());
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        mvc.perform(post("/login").session(session).with(csrf()).param("username", officer)
                .param("password", TestAccounts.PASSWORD));
        mvc.perform(post("/portal/claim").session(session).with(csrf()).param("identifier", beneficiary.getNationalId()))
                .andExpect(redirectedUrl("/portal"));
        mvc.perform(get("/inbox").session(session)).andExpect(status().isOk());
        mvc.perform(get("/portal").session(session)).andExpect(status().isOk());

        mvc.perform(post("/portal/logout").session(session).with(csrf()));

        mvc.perform(get("/portal").session(session)).andExpect(redirectedUrl("/portal/login"));
        mvc.perform(get("/inbox").session(session)).andExpect(status().isOk());
    }

    private MockHttpSession signedInBeneficiary() throws Exception {
        return portal.claimed(registered());
    }


    private Beneficiary registered() {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "هند " + TestData.uniqueWord(), null,
                TestData.nationalId('1'), null, null, null, "الرياض", null, null, null, TestData.mobile(), null, null,
                List.of()));
    }
}
