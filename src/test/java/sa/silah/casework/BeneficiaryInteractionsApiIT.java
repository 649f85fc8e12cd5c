package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Channel;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.QueryCount;
import sa.silah.test.TestAccounts;

@IntegrationTest
class BeneficiaryInteractionsApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Casework casework;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;


    CaseworkFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CaseworkFixture(departments, services, staff, registry);
    }

    @Test
    void listsABeneficiarysContactsNewestFirstWithTheirDetailsAndRequest() throws Exception {
        Request request = submit(fixture.beneficiary, "استفسار عن برنامج كفالة الأيتام");
        Caseworker officer = casework.caseworker(fixture.officer);
        casework.recordInteraction(fixture.beneficiary, new NewInteraction(Channel.SOCIAL_MEDIA, null,
                Direction.INBOUND, "شكرًا لكم", false, SocialPlatform.TIKTOK, "@saad", "https://www.tiktok.com/@saad",
                null, null, null), officer);
        casework.recordInteraction(request.getReferenceNumber(), new NewInteraction(Channel.PHONE,
                InteractionType.CALL, Direction.OUTBOUND, null, false, null, null, null, "0551234567", 95,
                CallOutcome.ANSWERED), officer);

        as(fixture.officer, fixture.beneficiary, "?size=2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content[0].channel").value("PHONE"))
                .andExpect(jsonPath("$.content[0].direction").value("OUTBOUND"))
                .andExpect(jsonPath("$.content[0].phoneNumber").value("+966551234567"))
                .andExpect(jsonPath("$.content[0].durationSeconds").value(95))
                .andExpect(jsonPath("$.content[0].outcome").value("ANSWERED"))
                .andExpect(jsonPath("$.content[0].requestReference").value(request.getReferenceNumber()))
                .andExpect(jsonPath("$.content[1].channel").value("SOCIAL_MEDIA"))
                .andExpect(jsonPath("$.content[1].platform").value("TIKTOK"))
                .andExpect(jsonPath("$.content[1].handle").value("@saad"))
                .andExpect(jsonPath("$.content[1].link").value("https://www.tiktok.com/@saad"))
                .andExpect(jsonPath("$.content[1].summary").value("شكرًا لكم"))
                .andExpect(jsonPath("$.content[1].requestReference").doesNotExist())
                .andExpect(jsonPath("$.content[1].occurredAt").exists());
        as(fixture.officer, fixture.beneficiary, "?page=1&size=2")
                .andExpect(jsonPath("$.content[0].summary").value("استفسار عن برنامج كفالة الأيتام"))
                .andExpect(jsonPath("$.content[0].requestReference").value(request.getReferenceNumber()));
    }

    @Test
    void loadsTheRequestReferencesOfAPageInOneQuery() throws Exception {
        UUID few = fixture.beneficiary;
        submit(few, "طلب واحد");
        UUID many = fixture.unreachableBeneficiary(registry);
        for (int i = 0; i < 8; i++) {
            submit(many, "طلب رقم " + i, "لا جوال لديه");
        }
        as(fixture.officer, few, "").andExpect(status().isOk());
        QueryCount.reset();
        as(fixture.officer, few, "").andExpect(jsonPath("$.content.length()").value(1));
        long forOne = QueryCount.statements();
        QueryCount.reset();
        as(fixture.officer, many, "").andExpect(jsonPath("$.content.length()").value(8));
        assertThat(QueryCount.statements()).isEqualTo(forOne);
    }

    @Test
    void anUnknownBeneficiaryIsNotFound() throws Exception {
        as(fixture.officer, UUID.randomUUID(), "").andExpect(status().isNotFound());
    }

    @Test
    void needsCredentials() throws Exception {
        mvc.perform(get("/api/v1/beneficiaries/" + fixture.beneficiary + "/interactions"))
                .andExpect(status().isUnauthorized());
    }

    private Request submit(UUID beneficiary, String subject) {
        return submit(beneficiary, subject, null);
    }

    private Request submit(UUID beneficiary, String subject, String waiver) {
        return casework.submit(new NewRequest(beneficiary, RequestKind.INQUIRY, Channel.PHONE, null, subject, null,
                null, null, null, null, waiver), casework.caseworker(fixture.officer));
    }

    private ResultActions as(String username, UUID beneficiary, String query) throws Exception {
        return mvc.perform(get("/api/v1/beneficiaries/" + beneficiary + "/interactions" + query)
                .with(httpBasic(username, TestAccounts.PASSWORD)));
    }
}
