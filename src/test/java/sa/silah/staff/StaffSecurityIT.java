package sa.silah.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

@IntegrationTest
class StaffSecurityIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffManagement staff;

    @Autowired
    ApiTokenManagement tokens;

    @Test
    void locksAnAccountForFifteenMinutesAfterFiveWrongPasswords() throws Exception {
        String username = TestAccounts.ensure(staff, "lock-" + System.nanoTime(), Role.OFFICER);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(get("/api/v1/segments").with(httpBasic(username, "wrong-password-" + attempt)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/segments").with(httpBasic(username, TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        StaffUser locked = staff.findByUsername(username).orElseThrow();
        assertThat(locked.isLockedAt(Instant.now())).isTrue();
        assertThat(locked.isLockedAt(Instant.now().plusSeconds(15 * 60 + 1))).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierWrongPasswords() throws Exception {
        String username = TestAccounts.ensure(staff, "reset-" + System.nanoTime(), Role.OFFICER);
        for (int attempt = 0; attempt < 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD)).andExpect(redirectedUrl("/staff"));
        assertThat(staff.findByUsername(username).orElseThrow().getFailedLogins()).isZero();
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/beneficiaries")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void protectsPagesWithStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/beneficiaries").with(user("officer").roles("OFFICER")).param("fullName", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void opensHealthToAllAndOtherActuatorEndpointsToAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
        mvc.perform(get("/actuator/metrics")).andExpect(status().isFound());
        mvc.perform(get("/actuator/metrics").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void keepsAdministrationToAdministrators() throws Exception {
        mvc.perform(get("/admin/users").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("manager").roles("MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void anAdministratorCreatesAStaffAccountThatCanSignIn() throws Exception {
        String username = "new-officer-" + System.nanoTime();
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", username).param("displayName", "نورة القحطاني")
                        .param("roles", "OFFICER").param("password", "a-long-enough-password"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(staff.findByUsername(username)).get().satisfies(created -> {
            assertThat(created.getRoles()).containsExactly(Role.OFFICER);
            assertThat(created.getPasswordHash()).startsWith("$2").doesNotContain("a-long-enough-password");
        });
        mvc.perform(formLogin("/login").user(username).password("a-long-enough-password")).andExpect(redirectedUrl("/staff"));
    }

    @Test
    void showsFieldErrorsAndKeepsWhatWasTypedWhenAnAccountIsRefused() throws Exception {
        mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", "X Bad").param("displayName", "عبدالله").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "username", "roles", "password"))
                .andExpect(content().string(containsString("value=\"عبدالله\"")));
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String username = TestAccounts.ensure(staff, "disabled-" + System.nanoTime(), Role.OFFICER);
        staff.setEnabled(staff.findByUsername(username).orElseThrow().getId(), false);
        mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/segments").with(httpBasic(username, TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void staffChangeTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        String username = TestAccounts.ensure(staff, "changer-" + System.nanoTime(), Role.STAFF);
        mvc.perform(post("/account/password").with(user(username).roles("STAFF")).with(csrf())
                        .param("currentPassword", "not-my-password").param("newPassword", "another-long-password")
                        .param("confirmPassword", "another-long-password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "currentPassword"));
        mvc.perform(post("/account/password").with(user(username).roles("STAFF")).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "another-long-password")
                        .param("confirmPassword", "another-long-password"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(formLogin("/login").user(username).password("another-long-password")).andExpect(redirectedUrl("/staff"));
    }

    @Test
    void anIssuedApiTokenWorksUntilRevokedAndOnlyItsHashIsStored() throws Exception {
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        ApiTokenManagement.IssuedToken issued = tokens.issue("نظام الاختبار", officer);
        assertThat(issued.plainText()).startsWith("slh_").hasSizeGreaterThan(40);
        assertThat(ApiTokenManagement.hash(issued.plainText())).isNotEqualTo(issued.plainText());

        mvc.perform(get("/api/v1/beneficiaries").header("Authorization", "Bearer " + issued.plainText()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/beneficiaries").header("Authorization", "Bearer slh_not-a-real-token"))
                .andExpect(status().isUnauthorized());

        tokens.revoke(issued.token().getId());
        mvc.perform(get("/api/v1/beneficiaries").header("Authorization", "Bearer " + issued.plainText()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenActsWithTheRolesOfItsAccount() throws Exception {
        String board = TestAccounts.ensure(staff, Role.BOARD);
        String token = tokens.issue("لوحة المجلس", board).plainText();
        mvc.perform(get("/api/v1/beneficiaries").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorIssuesATokenFromThePagesAndSeesItOnce() throws Exception {
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        mvc.perform(post("/admin/tokens").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("name", "بوابة الرسائل " + TestData.uniqueWord()).param("username", officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("slh_")))
                .andExpect(model().attributeExists("issued"));
        mvc.perform(post("/admin/tokens").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("name", "").param("username", "nobody"))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("problems"));
    }

    @Test
    void firstStartCreatedTheAdministratorWithTheConfiguredPassword() throws Exception {
        assertThat(staff.findByUsername("admin")).get()
                .satisfies(admin -> assertThat(admin.getRoles()).isEqualTo(Set.of(Role.ADMIN)));
        mvc.perform(formLogin("/login").user("admin").password(TestAccounts.ADMIN_PASSWORD)).andExpect(redirectedUrl("/staff"));
    }

    @Test
    void publishesTheApiDescriptionWithBothWaysToSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/beneficiaries")))
                .andExpect(content().string(containsString("bearer")));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void theEditFormOffersNoPasswordFieldBecauseResettingIsItsOwnAction() throws Exception {
        long id = staff.findByUsername(TestAccounts.ensure(staff, Role.STAFF)).orElseThrow().getId();
        mvc.perform(get("/admin/users/" + id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"password\""))));
        mvc.perform(get("/admin/users/new").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("name=\"password\"")));
    }
}
