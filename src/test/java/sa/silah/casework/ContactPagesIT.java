package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Channel;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;

/** Social media messages and calls on the beneficiary's and the request's timelines, and requests opened from them. */
@IntegrationTest
class ContactPagesIT {

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
    RequestPostProcessor officer;

    @BeforeEach
    void fixture() {
        fixture = new CaseworkFixture(departments, services, staff, registry);
        officer = user(fixture.officer).roles("OFFICER");
    }

    @Test
    void anOfficerRecordsASocialMediaMessageWithItsPlatformHandleAndLink() throws Exception {
        mvc.perform(post("/requests/beneficiary/" + fixture.beneficiary + "/interactions").with(officer).with(csrf())
                        .param("form", "SOCIAL").param("platform", "SNAPCHAT").param("handle", "@um.fahad")
                        .param("direction", "INBOUND").param("link", "https://www.snapchat.com/add/um.fahad")
                        .param("summary", "تسأل عن موعد صرف الإعانة"))
                .andExpect(redirectedUrl("/beneficiaries/" + fixture.beneficiary));

        mvc.perform(get("/requests/beneficiary/" + fixture.beneficiary).with(officer))
                .andExpect(content().string(containsString("سناب شات")))
                .andExpect(content().string(containsString("@um.fahad")))
                .andExpect(content().string(containsString("href=\"https://www.snapchat.com/add/um.fahad\"")))
                .andExpect(content().string(containsString("تسأل عن موعد صرف الإعانة")))
                .andExpect(content().string(containsString("fromInteraction=")));
    }

    @Test
    void aRefusedMessageComesBackWithEachProblemBesideItsField() throws Exception {
        mvc.perform(post("/requests/beneficiary/" + fixture.beneficiary + "/interactions").with(officer).with(csrf())
                        .param("form", "SOCIAL").param("direction", "INBOUND").param("link", "javascript:alert(1)")
                        .param("summary", "نص يبقى كما كُتب"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("contact", "platform", "link"))
                .andExpect(content().string(containsString("نص يبقى كما كُتب")))
                .andExpect(content().string(containsString("الرابط يبدأ بـ http://")));
        assertThat(casework.timelineOf(fixture.beneficiary, PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void theCallButtonBringsTheFormFilledInAndOneMoreClickSavesIt() throws Exception {
        String mobile = registry.find(fixture.beneficiary).orElseThrow().getMobile();
        String form = mvc.perform(get("/requests/beneficiary/" + fixture.beneficiary + "/calls/new")
                        .header("HX-Request", "true").with(officer))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain("<html")
                .contains("value=\"" + mobile + "\"", "<option value=\"ANSWERED\" selected=\"selected\">",
                        "<option value=\"INBOUND\" selected=\"selected\">");

        mvc.perform(post("/requests/beneficiary/" + fixture.beneficiary + "/interactions").with(officer).with(csrf())
                        .param("form", "CALL").param("direction", "INBOUND").param("phoneNumber", mobile)
                        .param("outcome", "ANSWERED").param("durationMinutes", "").param("summary", ""))
                .andExpect(redirectedUrl("/beneficiaries/" + fixture.beneficiary));

        assertThat(casework.timelineOf(fixture.beneficiary, PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(call -> {
                    assertThat(call.getType()).isEqualTo(InteractionType.CALL);
                    assertThat(call.getChannel()).isEqualTo(Channel.PHONE);
                    assertThat(call.getPhoneNumber()).isEqualTo(mobile);
                    assertThat(call.getOutcome()).isEqualTo(CallOutcome.ANSWERED);
                    assertThat(call.getSummary()).isNull();
                });
    }

    @Test
    void withoutJavaScriptTheCallButtonOpensTheFormAsAPage() throws Exception {
        mvc.perform(get("/requests/beneficiary/" + fixture.beneficiary + "/calls/new").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("حفظ المكالمة")));
    }

    @Test
    void aCallIsLoggedOnARequestWithItsDurationAndOutcome() throws Exception {
        Request request = submit();
        mvc.perform(get("/requests/" + request.getReferenceNumber() + "/calls/new").header("HX-Request", "true")
                        .with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/requests/" + request.getReferenceNumber() + "/interactions")));
        mvc.perform(post("/requests/" + request.getReferenceNumber() + "/interactions").with(officer).with(csrf())
                        .param("form", "CALL").param("direction", "OUTBOUND").param("phoneNumber", "0551234567")
                        .param("durationMinutes", "4").param("outcome", "CALLBACK_REQUESTED")
                        .param("summary", "طلبت الاتصال بعد العصر"))
                .andExpect(redirectedUrl("/requests/" + request.getReferenceNumber()));
        mvc.perform(get("/requests/" + request.getReferenceNumber()).with(officer))
                .andExpect(content().string(containsString("طلب معاودة الاتصال")))
                .andExpect(content().string(containsString("4 د 0 ث")))
                .andExpect(content().string(containsString("+966551234567")));
    }

    @Test
    void aNegativeDurationIsRefusedOnTheMinutesField() throws Exception {
        Request request = submit();
        mvc.perform(post("/requests/" + request.getReferenceNumber() + "/interactions").with(officer).with(csrf())
                        .param("form", "CALL").param("direction", "OUTBOUND").param("durationMinutes", "-3")
                        .param("outcome", "BUSY"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("contact", "durationMinutes"));
    }

    @Test
    void aRequestOpenedFromAMessageStartsWithItsTextAndLinksBackToIt() throws Exception {
        Interaction message = casework.recordInteraction(fixture.beneficiary, new NewInteraction(Channel.SOCIAL_MEDIA,
                null, Direction.INBOUND, "أحتاج سلة غذائية لأسرتي", false, SocialPlatform.X, "@abu_saad", null, null,
                null, null), casework.caseworker(fixture.officer));

        mvc.perform(get("/intake").with(officer).param("beneficiary", fixture.beneficiary.toString())
                        .param("channel", "SOCIAL_MEDIA").param("fromInteraction", message.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("أحتاج سلة غذائية لأسرتي")))
                .andExpect(content().string(containsString("<option value=\"SOCIAL_MEDIA\" selected=\"selected\">")));

        mvc.perform(post("/intake").with(officer).with(csrf())
                        .param("beneficiaryId", fixture.beneficiary.toString()).param("kind", "SERVICE")
                        .param("channel", "SOCIAL_MEDIA").param("priority", "NORMAL").param("serviceCode", fixture.serviceA)
                        .param("subject", "سلة غذائية").param("description", "أحتاج سلة غذائية لأسرتي")
                        .param("fromInteraction", message.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("REQ-14")));

        List<Interaction> timeline = casework.timelineOf(fixture.beneficiary, PageRequest.of(0, 10)).getContent();
        assertThat(timeline).hasSize(1).first().satisfies(linked -> {
            assertThat(linked.getId()).isEqualTo(message.getId());
            assertThat(linked.getRequestId()).isNotNull();
        });
        mvc.perform(get("/requests/beneficiary/" + fixture.beneficiary).with(officer))
                .andExpect(content().string(not(containsString("fromInteraction="))))
                .andExpect(content().string(containsString("REQ-14")));

        mvc.perform(post("/intake").with(officer).with(csrf())
                        .param("beneficiaryId", fixture.beneficiary.toString()).param("kind", "INQUIRY")
                        .param("channel", "SOCIAL_MEDIA").param("priority", "NORMAL").param("subject", "مرة ثانية")
                        .param("fromInteraction", message.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "fromInteraction"));
    }

    private Request submit() {
        return casework.submit(new NewRequest(fixture.beneficiary, RequestKind.INQUIRY, Channel.PHONE, null,
                "استفسار عن المساعدات", null, null, null, null, null, null), casework.caseworker(fixture.officer));
    }
}
