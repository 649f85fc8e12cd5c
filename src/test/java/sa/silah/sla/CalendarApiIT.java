package sa.silah.sla;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

@IntegrationTest
class CalendarApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffManagement staff;

    String officer;

    @BeforeEach
    void accounts() {
        officer = TestAccounts.ensure(staff, Role.OFFICER);
    }

    @Test
    void answersTheDueTimeWithTheRiyadhOffset() throws Exception {
        due("2026-11-26T15:00:00+03:00", "P1D")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-11-26T15:00:00+03:00"))
                .andExpect(jsonPath("$.duration").value("P1D"))
                .andExpect(jsonPath("$.dueAt").value("2026-11-29T15:00:00+03:00"));
    }

    @Test
    void acceptsAnInstantAndWritesTheDurationTheCanonicalWay() throws Exception {
        due("2026-11-27T09:00:00Z", "pt8h")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-11-27T12:00:00+03:00"))
                .andExpect(jsonPath("$.duration").value("P1D"))
                .andExpect(jsonPath("$.dueAt").value("2026-11-29T16:00:00+03:00"));
    }

    @Test
    void countsTheSeededRamadanHoursAndSkipsTheSeededEid() throws Exception {
        due("2026-03-01T09:00:00+03:00", "PT5H").andExpect(jsonPath("$.dueAt").value("2026-03-01T15:00:00+03:00"));
        due("2026-03-17T14:00:00+03:00", "PT2H").andExpect(jsonPath("$.dueAt").value("2026-03-23T09:00:00+03:00"));
        due("2027-09-22T12:00:00+03:00", "P1D").andExpect(jsonPath("$.dueAt").value("2027-09-26T12:00:00+03:00"));
    }

    @Test
    void refusesAnUnreadableStartNamingIt() throws Exception {
        due("next Sunday", "P1D")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        due("2026-11-26T15:00", "P1D")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void refusesAnUnreadableDurationNamingItInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/v1/calendar/due").param("from", "2026-11-26T15:00:00+03:00").param("duration", "1 day")
                        .header("Accept-Language", "en").with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("duration"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("Enter a duration in ISO-8601 form")));
        due("2026-11-26T15:00:00+03:00", "P40000D")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("duration"));
    }

    @Test
    void namesEveryMissingParameter() throws Exception {
        asOfficer(get("/api/v1/calendar/due"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "duration")));
    }

    @Test
    void requiresCredentials() throws Exception {
        mvc.perform(get("/api/v1/calendar/due").param("from", "2026-11-26T15:00:00+03:00").param("duration", "P1D"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
    }

    @Test
    void anySignedInStaffMemberMayAsk() throws Exception {
        String board = TestAccounts.ensure(staff, Role.BOARD);
        mvc.perform(get("/api/v1/calendar/due").param("from", "2026-11-26T15:00:00+03:00").param("duration", "P1D")
                        .with(httpBasic(board, TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
    }

    private ResultActions due(String from, String duration) throws Exception {
        return asOfficer(get("/api/v1/calendar/due").param("from", from).param("duration", duration));
    }

    private ResultActions asOfficer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(officer, TestAccounts.PASSWORD)));
    }
}
