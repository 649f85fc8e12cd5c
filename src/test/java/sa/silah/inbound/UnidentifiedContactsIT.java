package sa.silah.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static sa.silah.inbound.WhatsAppDeliveries.delivery;
import static sa.silah.inbound.WhatsAppDeliveries.newMessageId;
import static sa.silah.inbound.WhatsAppDeliveries.sender;
import static sa.silah.inbound.WhatsAppDeliveries.textMessage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.casework.Casework;
import sa.silah.casework.Interaction;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

@IntegrationTest
class UnidentifiedContactsIT {

    static final long SENT_AT = 1_795_100_000L;

    @Autowired
    MockMvc mvc;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    Casework casework;

    @Autowired
    StaffManagement staff;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor officer;
    String mobile;
    String messageId;
    String text;
    long contactId;

    @BeforeEach
    void aMessageFromAnUnknownNumber() throws Exception {
        officer = user(TestAccounts.ensure(staff, Role.OFFICER)).roles("OFFICER");
        mobile = TestData.mobile();
        messageId = newMessageId();
        text = "أريد معرفة مواعيد توزيع السلال " + TestData.uniqueWord();
        mvc.perform(delivery(textMessage(messageId, sender(mobile), "Abu Khalid", text, SENT_AT)));
        contactId = jdbc.sql("select id from unidentified_contact where external_id = ?").param(messageId)
                .query(Long.class).single();
    }

    @Test
    void theQueueListsOpenMessagesNewestFirst() throws Exception {
        String page = mvc.perform(get("/inbound/unidentified").with(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(text, "+966" + mobile.substring(1), "Abu Khalid");
    }

    @Test
    void linkingPutsTheMessageOnTheBeneficiarysTimelineAtItsOwnTimeAndClosesIt() throws Exception {
        UUID beneficiary = registerWith(TestData.mobile());
        mvc.perform(get("/inbound/unidentified/" + contactId).param("q", "0" + mobile.substring(1)).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text)));

        mvc.perform(post("/inbound/unidentified/" + contactId + "/link").with(officer).with(csrf())
                        .param("beneficiaryId", beneficiary.toString()))
                .andExpect(redirectedUrl("/beneficiaries/" + beneficiary));

        List<Interaction> timeline = casework.timelineOf(beneficiary, PageRequest.of(0, 10)).getContent();
        assertThat(timeline).singleElement().satisfies(message -> {
            assertThat(message.getSummary()).isEqualTo(text);
            assertThat(message.getExternalId()).isEqualTo(messageId);
            assertThat(message.getOccurredAt()).isEqualTo(Instant.ofEpochSecond(SENT_AT));
        });
        mvc.perform(get("/inbound/unidentified").with(officer))
                .andExpect(content().string(not(containsString(text))));
        mvc.perform(get("/inbound/unidentified").param("all", "true").with(officer))
                .andExpect(content().string(containsString(text)));

        mvc.perform(delivery(textMessage(messageId, sender(mobile), "Abu Khalid", text, SENT_AT)));
        assertThat(casework.timelineOf(beneficiary, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void aMessageIsLinkedOnce() throws Exception {
        UUID first = registerWith(TestData.mobile());
        UUID second = registerWith(TestData.mobile());
        mvc.perform(post("/inbound/unidentified/" + contactId + "/link").with(officer).with(csrf())
                .param("beneficiaryId", first.toString())).andExpect(status().isFound());
        mvc.perform(post("/inbound/unidentified/" + contactId + "/link").with(officer).with(csrf())
                        .param("beneficiaryId", second.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("رُبطت هذه الرسالة بمستفيد من قبل")));
        assertThat(casework.timelineOf(second, PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void registeringTheSenderComesBackWithTheNewRecordProposed() throws Exception {
        String back = "/inbound/unidentified/" + contactId;
        mvc.perform(get("/beneficiaries/new").with(officer).param("fullName", "Abu Khalid")
                        .param("mobile", "+966" + mobile.substring(1)).param("then", back))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Abu Khalid\"")))
                .andExpect(content().string(containsString("name=\"then\" value=\"" + back + "\"")));

        String location = mvc.perform(post("/beneficiaries").with(officer).with(csrf()).param("type", "INDIVIDUAL")
                        .param("fullName", "خالد بن عمر " + TestData.uniqueWord()).param("mobile", mobile)
                        .param("then", back))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(back + "?beneficiary=");

        mvc.perform(get(location).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("المستفيد المسجل للتو")));
    }

    @Test
    void theReturnAddressStaysInsideSilah() throws Exception {
        mvc.perform(post("/beneficiaries").with(officer).with(csrf()).param("type", "INDIVIDUAL")
                        .param("fullName", "سلمان " + TestData.uniqueWord()).param("then", "//evil.example/x"))
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/beneficiaries/"));
    }

    @Test
    void departmentStaffDoNotWorkTheQueue() throws Exception {
        mvc.perform(get("/inbound/unidentified").with(user(TestAccounts.ensure(staff, Role.STAFF)).roles("STAFF")))
                .andExpect(status().isForbidden());
    }

    private UUID registerWith(String mobileNumber) {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "خالد بن عمر " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, null, null,
                null, null, mobileNumber, null, null, List.of())).getId();
    }
}
