package sa.silah.satisfaction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.CallOutcome;
import sa.silah.casework.Casework;
import sa.silah.casework.Direction;
import sa.silah.casework.Interaction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.NewInteraction;
import sa.silah.casework.Request;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.portal.PortalBeneficiary;
import sa.silah.satisfaction.Invitation;
import sa.silah.satisfaction.InvitationPurpose;
import sa.silah.satisfaction.Satisfaction;
import sa.silah.satisfaction.SatisfactionFixture;
import sa.silah.shared.Channel;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

@IntegrationTest
class SurveyAnswerPagesIT {

    private static final String OVERALL_AR = "ما مدى رضاك عن الخدمة بشكل عام؟";
    private static final String OVERALL_EN = "Overall, how satisfied are you with the service?";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Satisfaction satisfaction;

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

    SatisfactionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SatisfactionFixture(departments, services, staff, registry, casework, satisfaction);
    }

    @Test
    void showsTheQuestionsInTheInvitationsLanguageWithoutTheBeneficiarysName() throws Exception {
        UUID arabicReader = fixture.beneficiary("ar");
        Invitation arabic = fixture.resolvedWithInvitation(arabicReader);
        Invitation english = fixture.resolvedWithInvitation(fixture.beneficiary("en"));
        String name = registry.find(arabicReader).orElseThrow().getFullName();

        mvc.perform(get("/s/" + arabic.getToken()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"ar\" dir=\"rtl\"")))
                .andExpect(content().string(containsString(OVERALL_AR)))
                .andExpect(content().string(containsString(arabic.getRequestRef())))
                .andExpect(content().string(containsString("غير راضٍ إطلاقًا")))
                .andExpect(content().string(containsString("أجب دون ذكر اسمي")))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/s/" + english.getToken()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\" dir=\"ltr\"")))
                .andExpect(content().string(containsString(OVERALL_EN)))
                .andExpect(content().string(containsString("Satisfaction service " + fixture.suffix)))
                .andExpect(content().string(containsString("Extremely likely")));
        // The reader may switch language with the link at the top.
        mvc.perform(get("/s/" + arabic.getToken()).param("lang", "en"))
                .andExpect(content().string(containsString(OVERALL_EN)));
    }

    @Test
    void aValidAnswerIsStoredOnceAndThanked() throws Exception {
        Invitation invitation = fixture.resolvedWithInvitation(fixture.beneficiary("ar"));
        String token = invitation.getToken();
        mvc.perform(get("/s/" + token + "/thanks")).andExpect(redirectedUrl("/s/" + token));

        answer(token, "4", "1", "false").andExpect(redirectedUrl("/s/" + token + "/thanks?lang=ar"));
        mvc.perform(get("/s/" + token + "/thanks").param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("وصلتنا إجاباتك")));
        assertThat(satisfaction.responsesOf(invitation.getRequestId())).singleElement().satisfies(response -> {
            assertThat(response.getOverallScore()).isEqualTo(4);
            assertThat(response.getResolved()).isTrue();
            assertThat(response.getInvitationId()).isEqualTo(invitation.getId());
        });

        answer(token, "1", "0", "false")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("لقد أجبت على هذا الاستبيان، شكرًا لك")));
        mvc.perform(get("/s/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لقد أجبت على هذا الاستبيان، شكرًا لك")))
                .andExpect(content().string(not(containsString(OVERALL_AR))));
        assertThat(satisfaction.responsesOf(invitation.getRequestId())).singleElement()
                .satisfies(response -> assertThat(response.getOverallScore()).isEqualTo(4));
        assertThat(jdbc.queryForObject("select count(*) from follow_up where request_id = ?", Long.class,
                invitation.getRequestId())).isZero();
    }

    @Test
    void anExpiredLinkIsGoneAndAnUnknownOneNotFound() throws Exception {
        Invitation invitation = fixture.resolvedWithInvitation(fixture.beneficiary("en"));
        jdbc.update("update survey_invitation set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), invitation.getId());

        mvc.perform(get("/s/" + invitation.getToken()))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link has expired")));
        answer(invitation.getToken(), "5", "1", "false").andExpect(status().isGone());
        assertThat(satisfaction.responsesOf(invitation.getRequestId())).isEmpty();

        mvc.perform(get("/s/" + "x".repeat(43)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("الرابط غير صالح")));
        mvc.perform(get("/s/" + "x".repeat(100))).andExpect(status().isNotFound());
        mvc.perform(post("/s/" + "y".repeat(43)).with(csrf()).param("answer.overall", "5"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMissingRequiredAnswerIsShownBesideItsQuestionWithTheTypedAnswersKept() throws Exception {
        Invitation invitation = fixture.resolvedWithInvitation(fixture.beneficiary("ar"));

        String page = mvc.perform(post("/s/" + invitation.getToken()).with(csrf()).param("lang", "ar")
                        .param("answer.resolved", "1").param("answer.speed", "3")
                        .param("answer.comment", "الموظف كان متعاونًا").param("anonymous", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("<p class=\"error\" id=\"q-overall-error\">أجب عن هذا السؤال، فهو مطلوب.</p>")
                .contains("id=\"q-speed-3\" name=\"answer.speed\" value=\"3\" checked=\"checked\"")
                .contains("id=\"q-resolved-1\" name=\"answer.resolved\" value=\"1\" checked=\"checked\"")
                .contains("الموظف كان متعاونًا</textarea>")
                .contains("name=\"anonymous\" value=\"true\" aria-describedby=\"anonymous-hint\" checked=\"checked\"")
                .doesNotContain("id=\"q-speed-error\"");
        assertThat(jdbc.queryForObject("select answered_at from survey_invitation where id = ?", Timestamp.class,
                invitation.getId())).isNull();
    }

    @Test
    void anAnonymousAnswerKeepsNoLinkToTheRequestOrThePerson() throws Exception {
        Invitation invitation = fixture.resolvedWithInvitation(fixture.beneficiary("ar"));
        String comment = "ملاحظة " + TestData.uniqueWord();

        mvc.perform(post("/s/" + invitation.getToken()).with(csrf()).param("answer.overall", "2")
                        .param("answer.resolved", "1").param("answer.comment", comment).param("anonymous", "true"))
                .andExpect(redirectedUrl("/s/" + invitation.getToken() + "/thanks?lang=ar"));

        Map<String, Object> response = jdbc.queryForMap("""
                select r.anonymous, r.request_id, r.request_ref, r.beneficiary_id, r.invitation_id, r.overall_score
                from survey_response r join survey_answer a on a.response_id = r.id where a.text = ?""", comment);
        assertThat(response.get("anonymous")).isEqualTo(true);
        assertThat(response.get("overall_score")).isEqualTo(2);
        assertThat(List.of("request_id", "request_ref", "beneficiary_id", "invitation_id"))
                .allSatisfy(column -> assertThat(response.get(column)).as(column).isNull());
        assertThat(satisfaction.responsesOf(invitation.getRequestId())).isEmpty();
        // A low rating given anonymously opens no follow-up: nobody could be called back.
        assertThat(jdbc.queryForObject("select count(*) from follow_up where request_id = ?", Long.class,
                invitation.getRequestId())).isZero();
    }

    @Test
    void theRequestPanelShowsTheQrCodeAndTheScoresToManagersOnly() throws Exception {
        Invitation invitation = fixture.resolvedWithInvitation(fixture.beneficiary("ar"));
        String ref = invitation.getRequestRef();
        String qr = "/requests/" + ref + "/satisfaction/invitations/" + invitation.getId() + "/qr";

        mvc.perform(get("/requests/" + ref).with(officer()))
                .andExpect(content().string(containsString("hx-get=\"/requests/" + ref + "/satisfaction\"")));
        mvc.perform(get("/requests/" + ref + "/satisfaction").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"" + qr + "\"")))
                .andExpect(content().string(containsString("بانتظار الإجابة")));
        mvc.perform(get(qr).with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content().string(startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
        mvc.perform(get("/requests/" + ref + "/satisfaction/invitations/" + UUID.randomUUID() + "/qr")
                .with(officer())).andExpect(status().isNotFound());
        mvc.perform(get("/requests/" + ref + "/satisfaction").with(user(fixture.staffMember).roles("STAFF")))
                .andExpect(status().isNotFound());
        mvc.perform(get(qr).with(user(fixture.staffMember).roles("STAFF"))).andExpect(status().isNotFound());

        answer(invitation.getToken(), "4", "1", "false");

        mvc.perform(get("/requests/" + ref + "/satisfaction").with(officer()))
                .andExpect(content().string(containsString("تمت الإجابة")))
                .andExpect(content().string(not(containsString("الرضا العام"))))
                .andExpect(content().string(not(containsString(qr))));
        mvc.perform(get("/requests/" + ref + "/satisfaction").with(user(fixture.manager).roles("MANAGER")))
                .andExpect(content().string(containsString("الرضا العام")))
                .andExpect(content().string(containsString("4 من 5")));
    }

    @Test
    void anOfficerAsksOnceForTheRatingOfACall() throws Exception {
        Request request = fixture.request(fixture.beneficiary("ar"));
        Interaction call = casework.recordInteraction(request.getReferenceNumber(), new NewInteraction(Channel.PHONE,
                InteractionType.CALL, Direction.OUTBOUND, null, false, null, null, null, "0551234567", 95,
                CallOutcome.ANSWERED), fixture.caseworker());
        String page = "/requests/" + request.getReferenceNumber();

        mvc.perform(get(page).with(officer()))
                .andExpect(content().string(containsString("action=\"/contacts/" + call.getId() + "/rating\"")));
        mvc.perform(post("/contacts/" + call.getId() + "/rating").with(officer()).with(csrf())
                        .header(HttpHeaders.REFERER, "http://localhost" + page))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("message", "contactRating.sent"));
        UUID invitationId = jdbc.queryForObject("select id from survey_invitation where interaction_id = ?", UUID.class,
                call.getId());
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsOf(invitationId) > 0);
        long sent = notificationsOf(invitationId);

        mvc.perform(post("/contacts/" + call.getId() + "/rating").with(officer()).with(csrf())
                        .header(HttpHeaders.REFERER, "https://elsewhere.example/phish"))
                .andExpect(redirectedUrl("/beneficiaries/" + request.getBeneficiaryId()));

        List<Invitation> invitations = satisfaction.invitationsOf(request.getId());
        assertThat(invitations).singleElement().satisfies(invitation -> {
            assertThat(invitation.getPurpose()).isEqualTo(InvitationPurpose.CONTACT);
            assertThat(invitation.getInteractionId()).isEqualTo(call.getId());
        });
        assertThat(notificationsOf(invitationId)).isEqualTo(sent);
        assertThat(jdbc.queryForList("select template_key from notification where dedup_key like ?", String.class,
                "%" + invitationId + "%")).containsOnly("CONTACT_RATING");
    }

    @Test
    void onlyACallOrAVisitCanBeRatedAndOnlyByThoseWhoRecordContacts() throws Exception {
        Request request = fixture.request(fixture.beneficiary("ar"));
        Interaction letter = casework.recordInteraction(request.getReferenceNumber(), new NewInteraction(Channel.LETTER,
                null, Direction.INBOUND, "خطاب من المستفيد", false, null, null, null, null, null, null),
                fixture.caseworker());
        Interaction call = casework.recordInteraction(request.getReferenceNumber(), new NewInteraction(Channel.PHONE,
                InteractionType.CALL, Direction.OUTBOUND, null, false, null, null, null, "0551234567", 60,
                CallOutcome.ANSWERED), fixture.caseworker());

        mvc.perform(get("/requests/" + request.getReferenceNumber()).with(officer()))
                .andExpect(content().string(not(containsString("/contacts/" + letter.getId() + "/rating"))));
        mvc.perform(post("/contacts/" + letter.getId() + "/rating").with(officer()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("يُطلب التقييم لمكالمة أو زيارة مع مستفيد معروف فقط")));
        mvc.perform(post("/contacts/" + call.getId() + "/rating").with(user(fixture.staffMember).roles("STAFF"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/contacts/" + Long.MAX_VALUE + "/rating").with(officer()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(satisfaction.invitationsOf(request.getId())).isEmpty();
    }

    @Test
    void thePortalHomeListsTheBeneficiarysOpenSurveys() throws Exception {
        UUID beneficiary = fixture.beneficiary("ar");
        mvc.perform(get("/portal").with(portal(beneficiary)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("رأيك يهمنا"))));

        Invitation invitation = fixture.resolvedWithInvitation(beneficiary);

        mvc.perform(get("/portal").with(portal(beneficiary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("رأيك يهمنا")))
                .andExpect(content().string(containsString(invitation.getRequestRef())))
                .andExpect(content().string(containsString("href=\"/s/" + invitation.getToken() + "\"")));
    }

    private ResultActions answer(String token, String overall, String resolved, String anonymous) throws Exception {
        return mvc.perform(post("/s/" + token).with(csrf()).param("answer.overall", overall)
                .param("answer.resolved", resolved).param("answer.recommend", "9").param("anonymous", anonymous));
    }

    private long notificationsOf(UUID invitationId) {
        return jdbc.queryForObject("select count(*) from notification where dedup_key like ?", Long.class,
                "%" + invitationId + "%");
    }

    private RequestPostProcessor officer() {
        return user(fixture.officer).roles("OFFICER");
    }

    private static RequestPostProcessor portal(UUID beneficiary) {
        return authentication(new UsernamePasswordAuthenticationToken(new PortalBeneficiary(beneficiary, "+966550000000"),
                null, List.of(new SimpleGrantedAuthority("ROLE_BENEFICIARY"))));
    }
}
