package sa.silah.privacy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/** The breach register over the API: each breach with its deadline and clock; managers read, officers may not. */
@IntegrationTest
class BreachApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    BreachRegister register;
    @Autowired
    StaffManagement staff;

    @Test
    void listsBreachesWithTheirClock() throws Exception {
        Instant discovered = Instant.now().minus(Duration.ofHours(100));
        Breach breach = register.record(new BreachDetails(discovered, null, "اختبار الواجهة البرمجية",
                EnumSet.of(DataCategory.CONTACT), 5, BreachRiskLevel.MEDIUM, null));
        String entry = "$.content[?(@.reference == '" + breach.getReference() + "')]";

        mvc.perform(get("/api/v1/breaches").param("size", "100")
                .with(httpBasic(TestAccounts.ensure(staff, Role.MANAGER), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(entry + ".clock", contains("OVERDUE")))
                .andExpect(jsonPath(entry + ".status", contains("OPEN")))
                .andExpect(jsonPath(entry + ".notificationDeadline",
                        contains(breach.notificationDeadline().toString())))
                .andExpect(jsonPath("$.content[*].reference", hasItem(breach.getReference())));
        mvc.perform(get("/api/v1/breaches")
                .with(httpBasic(TestAccounts.ensure(staff, Role.OFFICER), TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
