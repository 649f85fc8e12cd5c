package sa.silah.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityFixture;
import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.ActivityStatus;
import sa.silah.activity.Registration;
import sa.silah.activity.RegistrationStatus;
import sa.silah.activity.RegistrationVia;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.shared.Dates;
import sa.silah.test.IntegrationTest;
import sa.silah.test.QueryCount;
import sa.silah.test.TestData;

/** Staff's activity pages: the form and its field errors, the list, publishing, cancelling, registering, attendance. */
@IntegrationTest
class ActivityPagesIT {

    private static final RequestPostProcessor OFFICER = user("officer-pages").roles("OFFICER");

    @Autowired
    MockMvc mvc;
    @Autowired
    ActivityCatalog catalog;
    @Autowired
    ActivityRegistrations registrations;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewActivityWithBadFieldsIsShownAgainWithEachErrorAndWhatWasTyped() throws Exception {
        String title = "دورة الحاسب " + TestData.uniqueWord();
        mvc.perform(post("/activities").with(OFFICER).with(csrf())
                        .param("kind", "TRAINING_COURSE").param("titleAr", title).param("descriptionAr", "")
                        .param("startsAt", "2026-13-40T10:00").param("endsAt", "").param("capacity", "0")
                        .param("onlineLink", "http://insecure.example.org").param("ageFrom", "30").param("ageTo", "20"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "startsAt"))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("2026-13-40T10:00")));

        LocalDateTime starts = LocalDateTime.now(Dates.RIYADH).plusDays(5).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/activities").with(OFFICER).with(csrf())
                        .param("kind", "TRAINING_COURSE").param("titleAr", title).param("descriptionAr", "")
                        .param("startsAt", starts.toString()).param("endsAt", starts.minusHours(1).toString())
                        .param("registrationOpensAt", starts.minusDays(3).toString())
                        .param("registrationClosesAt", starts.toString()).param("capacity", "0")
                        .param("onlineLink", "http://insecure.example.org").param("ageFrom", "30").param("ageTo", "20"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "descriptionAr", "endsAt", "capacity", "onlineLink",
                        "ageTo"))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("http://insecure.example.org")));
        assertThat(jdbc.sql("select count(*) from activity where title_ar = :title").param("title", title)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anOfficerCreatesAnActivityInRiyadhTimeAndPublishesIt() throws Exception {
        String title = "ورشة الادخار " + TestData.uniqueWord();
        LocalDateTime starts = LocalDateTime.now(Dates.RIYADH).plusDays(6).withHour(18).truncatedTo(ChronoUnit.HOURS);
        MvcResult created = mvc.perform(post("/activities").with(OFFICER).with(csrf())
                        .param("kind", "WORKSHOP").param("titleAr", title).param("titleEn", "Saving workshop")
                        .param("descriptionAr", "ورشة عن الادخار الأسري").param("startsAt", starts.toString())
                        .param("endsAt", starts.plusHours(2).toString())
                        .param("registrationOpensAt", starts.minusDays(7).toString())
                        .param("registrationClosesAt", starts.minusHours(1).toString()).param("capacity", "25")
                        .param("place", "قاعة الجمعية").param("segmentCodes", "WIDOWS", "LOW_INCOME")
                        .param("minimumNeedLevel", "MEDIUM").param("cities", "الرياض\nالخرج")
                        .param("givesCertificate", "true").param("publicListing", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/activities/*"))
                .andReturn();
        UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().substring("/activities/".length()));
        Activity activity = catalog.get(id);
        assertThat(activity.getStartsAt()).isEqualTo(starts.atZone(Dates.RIYADH).toInstant());
        assertThat(activity.getSegmentCodes()).containsExactlyInAnyOrder("WIDOWS", "LOW_INCOME");
        assertThat(activity.criteria().cities()).containsExactly("الرياض", "الخرج");
        assertThat(activity.getStatus()).isEqualTo(ActivityStatus.DRAFT);

        mvc.perform(get("/activities/new").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/activities/" + id).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("هـ")))
                .andExpect(content().string(containsString("activity-publish")));
        mvc.perform(get("/activities/" + id + "/edit").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(starts.toString())));

        mvc.perform(post("/activities/" + id + "/publish").with(OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "activity.published"));
        assertThat(catalog.get(id).getStatus()).isEqualTo(ActivityStatus.PUBLISHED);
    }

    @Test
    void theListShowsPlacesTakenAndWaitingWithoutAQueryPerActivity() throws Exception {
        Activity full = ActivityFixture.published(catalog, ActivityFixture.openTo(1));
        registrations.register(full.getId(), ActivityFixture.person(registry), RegistrationVia.OFFICER, "o", null);
        registrations.register(full.getId(), ActivityFixture.person(registry), RegistrationVia.OFFICER, "o", null);
        for (int i = 0; i < 3; i++) {
            ActivityFixture.published(catalog, ActivityFixture.openTo(5));
        }

        QueryCount.reset();
        String page = mvc.perform(get("/activities").param("status", "PUBLISHED").param("page", "0").with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(QueryCount.statements()).as("the page, its count and the places of all its activities")
                .isLessThanOrEqualTo(4);
        assertThat(page).contains("id=\"activities\"").doesNotContain("??");

        QueryCount.reset();
        catalog.placesOf(List.of(full.getId()));
        assertThat(QueryCount.statements()).isEqualTo(1);
        assertThat(catalog.placesOf(List.of(full.getId())).get(full.getId()))
                .containsEntry(RegistrationStatus.REGISTERED, 1L).containsEntry(RegistrationStatus.WAITLISTED, 1L);
    }

    @Test
    void cancellingNeedsAReasonAndShowsIt() throws Exception {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(5));
        mvc.perform(post("/activities/" + activity.getId() + "/cancel").with(OFFICER).with(csrf())
                        .param("cancelReason", " "))
                .andExpect(status().isOk())
                .andExpect(model().attribute("cancelProblem", "activity.cancelReason.invalid"));
        assertThat(catalog.get(activity.getId()).getStatus()).isEqualTo(ActivityStatus.PUBLISHED);

        mvc.perform(post("/activities/" + activity.getId() + "/cancel").with(OFFICER).with(csrf())
                        .param("cancelReason", "تعذر حضور المدربة"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.get(activity.getId()).getStatus()).isEqualTo(ActivityStatus.CANCELLED);
        mvc.perform(get("/activities/" + activity.getId()).with(OFFICER))
                .andExpect(content().string(containsString("تعذر حضور المدربة")))
                .andExpect(content().string(not(containsString("activity-cancel\""))));
    }

    @Test
    void anOfficerFindsABeneficiaryAndRegistersThemAndARefusalShowsEveryReason() throws Exception {
        Activity forAll = ActivityFixture.published(catalog, ActivityFixture.openTo(1));
        UUID person = ActivityFixture.person(registry);
        String nationalId = registry.find(person).orElseThrow().getNationalId();

        mvc.perform(get("/activities/" + forAll.getId()).param("q", nationalId).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("activity-matches")))
                .andExpect(content().string(containsString(person.toString())));
        mvc.perform(post("/activities/" + forAll.getId() + "/registrations").with(OFFICER).with(csrf())
                        .param("beneficiaryId", person.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "activity.registeredNow"));
        Registration registration = registrations.find(forAll.getId(), person).orElseThrow();
        assertThat(registration.getVia()).isEqualTo(RegistrationVia.OFFICER);
        assertThat(registration.getRegisteredBy()).isEqualTo("officer-pages");

        mvc.perform(post("/activities/" + forAll.getId() + "/registrations").with(OFFICER).with(csrf())
                        .param("beneficiaryId", ActivityFixture.person(registry).toString()))
                .andExpect(flash().attribute("message", "activity.waitlistedNow"));
        mvc.perform(get("/activities/" + forAll.getId()).with(OFFICER))
                .andExpect(content().string(containsString("id=\"registered-list\"")))
                .andExpect(content().string(containsString("id=\"waiting-list\"")));

        Activity forTheElderly = ActivityFixture.published(catalog, ActivityFixture.details(10, Set.of("ELDERLY"),
                new EligibilityCriteria(null, null, 60, null, null, null, List.of(), null)));
        mvc.perform(post("/activities/" + forTheElderly.getId() + "/registrations").with(OFFICER).with(csrf())
                        .param("beneficiaryId", person.toString()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("refusal", "activity.registration.notEligible"))
                .andExpect(content().string(containsString("data-rule=\"SEGMENT\"")))
                .andExpect(content().string(containsString("data-rule=\"AGE\"")));
        assertThat(registrations.find(forTheElderly.getId(), person)).isEmpty();
    }

    @Test
    void attendanceIsRecordedOnlyOnceTheActivityHasStartedEachBoxSavedAtOnce() throws Exception {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(5));
        Registration registration = registrations.register(activity.getId(), ActivityFixture.person(registry),
                RegistrationVia.OFFICER, "o", null);
        String rowUrl = "/activities/" + activity.getId() + "/registrations/" + registration.getId() + "/attendance";

        mvc.perform(get("/activities/" + activity.getId() + "/attendance").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("attendance-not-started")));
        mvc.perform(post(rowUrl).with(OFFICER).with(csrf()).param("attended", "true"))
                .andExpect(flash().attribute("refusal", "activity.attendance.notStarted"));
        assertThat(registrations.get(registration.getId()).isAttendanceRecorded()).isFalse();

        ActivityFixture.started(jdbc, activity.getId());
        mvc.perform(get("/activities/" + activity.getId() + "/attendance").with(OFFICER))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(content().string(containsString("attended-" + registration.getId())));
        mvc.perform(post(rowUrl).with(OFFICER).with(csrf()).header("HX-Request", "true").param("attended", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("attendance-" + registration.getId())))
                .andExpect(content().string(containsString("checked")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(registrations.get(registration.getId()).isAttended()).isTrue();

        mvc.perform(get("/activities/" + activity.getId() + "/registrations/" + registration.getId() + "/certificate")
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void staffMayReadButNotChangeAndTheBoardMayNotOpenActivities() throws Exception {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(5));
        RequestPostProcessor desk = user("desk-pages").roles("STAFF");
        mvc.perform(get("/activities").with(desk)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("activity-new"))));
        mvc.perform(get("/activities/" + activity.getId()).with(desk)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("activity-cancel"))));
        mvc.perform(get("/activities/new").with(desk)).andExpect(status().isForbidden());
        mvc.perform(get("/activities/" + activity.getId() + "/attendance").with(desk)).andExpect(status().isForbidden());
        mvc.perform(post("/activities").with(desk).with(csrf()).param("titleAr", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/activities/" + activity.getId() + "/cancel").with(desk).with(csrf())
                .param("cancelReason", "x")).andExpect(status().isForbidden());

        RequestPostProcessor board = user("board-pages").roles("BOARD");
        mvc.perform(get("/activities").with(board)).andExpect(status().isForbidden());
        mvc.perform(get("/activities/" + activity.getId()).with(board)).andExpect(status().isForbidden());
    }
}
