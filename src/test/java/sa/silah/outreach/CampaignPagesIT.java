package sa.silah.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.QueryCount;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/** The campaign pages and API: writing one with its live count, field errors, actions, roles and problem details. */
@IntegrationTest
class CampaignPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Outreach outreach;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcTemplate jdbc;

    final RequestPostProcessor manager = user("manager").roles("MANAGER");

    @Test
    void writesACampaignWithItsLiveCountAndStartsItFromItsPage() throws Exception {
        OutreachFixture fixture = new OutreachFixture(registry);
        fixture.consenting(TestData.mobile());
        fixture.consenting(TestData.mobile());
        fixture.person(TestData.mobile(), null, null, null, java.util.List.of(), java.util.Set.of(), false);

        mvc.perform(get("/outreach/campaigns/new").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/outreach/audience\"")));
        mvc.perform(get("/outreach/audience").with(manager).header("HX-Request", "true")
                        .param("cities", fixture.city).param("smsAr", "نص"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ستصل إلى 2")))
                .andExpect(content().string(containsString("مستبعدون دون موافقة على التواصل: 1")));
        mvc.perform(get("/outreach/audience").with(manager).param("householdFrom", "x"))
                .andExpect(content().string(containsString("أدخل رقماً صحيحاً")));

        String location = mvc.perform(post("/outreach/campaigns").with(manager).with(csrf())
                        .param("name", "حملة الصفحات " + fixture.suffix).param("cities", fixture.city)
                        .param("smsAr", "يسرّنا دعوتكم لتسلّم السلة يوم الأحد"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("حملة الصفحات " + fixture.suffix)))
                .andExpect(content().string(containsString("مسودة")));
        try {
            mvc.perform(post(location + "/start").with(manager).with(csrf())).andExpect(status().is3xxRedirection());
            assertThat(outreach.get(id).getStatus()).isEqualTo(CampaignStatus.RUNNING);
            assertThat(outreach.get(id).getExcludedNoConsent()).isEqualTo(1);
            mvc.perform(get(location + "/progress").with(manager).header("HX-Request", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("hx-trigger=\"every 5s\"")));
            mvc.perform(post(location + "/resume").with(manager).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get(location).with(manager))
                    .andExpect(content().string(containsString("قيد الإرسال")));
        }
        finally {
            mvc.perform(post(location + "/cancel").with(manager).with(csrf())).andExpect(status().is3xxRedirection());
        }
        assertThat(outreach.get(id).getStatus()).isEqualTo(CampaignStatus.CANCELLED);
        mvc.perform(get(location + "/progress").with(manager))
                .andExpect(content().string(not(containsString("hx-trigger"))));
    }

    @Test
    void refusesABadCampaignFieldByFieldKeepingWhatWasTyped() throws Exception {
        long before = outreach.list(PageRequest.of(0, 1)).getTotalElements();
        mvc.perform(post("/outreach/campaigns").with(manager).with(csrf())
                        .param("name", "").param("ageFrom", "60").param("ageTo", "20")
                        .param("smsEn", "English only").param("emailAr", "نص البريد").param("cities", "الخبر"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "ageTo", "smsAr", "emailSubjectAr"))
                .andExpect(content().string(containsString("أدخل اسم الحملة")))
                .andExpect(content().string(containsString("الخبر")))
                .andExpect(content().string(containsString("English only")));
        assertThat(outreach.list(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void onlyManagersAndAdministratorsReachCampaigns() throws Exception {
        for (String role : new String[] { "OFFICER", "STAFF", "BOARD" }) {
            RequestPostProcessor other = user("someone").roles(role);
            mvc.perform(get("/outreach/campaigns").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/outreach/audience").with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/outreach/campaigns").with(other).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/outreach/campaigns").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        mvc.perform(get("/api/v1/campaigns").with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiWritesCountsAndStartsAndNamesTheBadField() throws Exception {
        String manager = TestAccounts.ensure(staff, Role.MANAGER);
        RequestPostProcessor basic = httpBasic(manager, TestAccounts.PASSWORD);
        OutreachFixture fixture = new OutreachFixture(registry);
        fixture.consenting(TestData.mobile());

        mvc.perform(post("/api/v1/audiences/count").with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"audience\":{\"cities\":[\"" + fixture.city + "\"]},\"channels\":[\"SMS\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matching").value(1))
                .andExpect(jsonPath("$.reachable").value(1));
        mvc.perform(post("/api/v1/audiences/count").with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"audience\":{\"householdFrom\":5,\"householdTo\":2}}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("householdTo"));
        mvc.perform(post("/api/v1/audiences/count").with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"audience\":{\"minimumNeedLevel\":\"EXTREME\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));

        String body = """
                {"name":"حملة الواجهة %s","audience":{"cities":["%s"]},
                 "messages":[{"channel":"SMS","language":"ar","body":"دعوة لتسلّم السلة"}]}"""
                .formatted(fixture.suffix, fixture.city);
        String created = mvc.perform(post("/api/v1/campaigns").with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getHeader("Location");
        try {
            mvc.perform(post(created + "/start").with(basic))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("RUNNING"))
                    .andExpect(jsonPath("$.figures.recipients").value(1))
                    .andExpect(jsonPath("$.figures.pending").value(1));
            mvc.perform(post(created + "/resume").with(basic))
                    .andExpect(status().isConflict())
                    .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        }
        finally {
            mvc.perform(post(created + "/cancel").with(basic)).andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/campaigns").with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"messages\":[{\"channel\":\"EMAIL\",\"language\":\"ar\",\"body\":\"نص\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("emailSubjectAr"));
        mvc.perform(get("/api/v1/campaigns/" + UUID.randomUUID()).with(basic)).andExpect(status().isNotFound());
    }

    @Test
    void theListCostsTheSameQueriesWhateverItsPageSize() throws Exception {
        OutreachFixture fixture = new OutreachFixture(registry);
        for (int i = 0; i < 3; i++) {
            outreach.create(OutreachFixture.smsCampaign("حملة " + i + " " + fixture.suffix, fixture.inCity()), "manager");
        }
        QueryCount.reset();
        outreach.list(PageRequest.of(0, 1));
        long one = QueryCount.statements();
        QueryCount.reset();
        var page = outreach.list(PageRequest.of(0, 3));
        outreach.progressOf(page.getContent().stream().map(Campaign::getId).toList());
        long three = QueryCount.statements();
        assertThat(three).isEqualTo(one);
        mvc.perform(get("/outreach/campaigns").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("حملة 2 " + fixture.suffix)));
    }
}
