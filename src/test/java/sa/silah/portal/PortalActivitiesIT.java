package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityDetails;
import sa.silah.activity.ActivityFixture;
import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.Registration;
import sa.silah.activity.RegistrationStatus;
import sa.silah.activity.RegistrationVia;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.test.IntegrationTest;
import sa.silah.test.QueryCount;

/** Activities in the beneficiary's portal: what they are offered, registering, the waiting list and cancelling. */
@IntegrationTest
class PortalActivitiesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ActivityCatalog catalog;

    @Autowired
    ActivityRegistrations registrations;

    @Autowired
    BeneficiaryRegistry registry;

    @Test
    void offersOnlyTheActivitiesOpenNowThatTheBeneficiaryIsFor() throws Exception {
        UUID me = ActivityFixture.person(registry);
        Activity forEveryone = ActivityFixture.published(catalog, ActivityFixture.openTo(10));
        Activity forTheElderly = ActivityFixture.published(catalog, elderlyInJeddah());
        Activity draft = catalog.draft(ActivityFixture.openTo(10), "officer");
        Activity notYetOpen = ActivityFixture.published(catalog, opensTomorrow());

        String offered = everyPage("/portal/activities", me);

        assertThat(offered).contains(forEveryone.getTitleAr())
                .doesNotContain(forTheElderly.getTitleAr())
                .doesNotContain(draft.getTitleAr())
                .doesNotContain(notYetOpen.getTitleAr());
        mvc.perform(get("/portal/activities").with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("البرامج والأنشطة")));
        mvc.perform(get("/portal").with(as(me)))
                .andExpect(content().string(containsString("href=\"/portal/activities\"")));
    }

    @Test
    void registersWithOneTapAndTheNextOneWaitsWhenItIsFull() throws Exception {
        Activity oneSeat = ActivityFixture.published(catalog, ActivityFixture.openTo(1));
        UUID me = ActivityFixture.person(registry);
        UUID later = ActivityFixture.person(registry);

        mvc.perform(post("/portal/activities/" + oneSeat.getId() + "/registration").with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/portal/activities/" + oneSeat.getId()))
                .andExpect(flash().attribute("message", "portal.activities.registered"));
        mvc.perform(post("/portal/activities/" + oneSeat.getId() + "/registration").with(as(later)).with(csrf()))
                .andExpect(redirectedUrl("/portal/activities/" + oneSeat.getId()))
                .andExpect(flash().attribute("message", "portal.activities.waitlisted"));

        assertThat(registrations.find(oneSeat.getId(), me).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registrations.find(oneSeat.getId(), later).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.WAITLISTED);
        mvc.perform(get("/portal/activities/" + oneSeat.getId()).with(as(later))
                .flashAttr("message", "portal.activities.waitlisted"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("أضفناك إلى قائمة الانتظار")))
                .andExpect(content().string(containsString("في قائمة الانتظار")))
                .andExpect(content().string(not(containsString("/registration\""))));
        mvc.perform(get("/portal/activities").with(as(me)))
                .andExpect(content().string(containsString(oneSeat.getTitleAr())))
                .andExpect(content().string(containsString("مسجل")));
    }

    @Test
    void cancelsOwnRegistrationAfterConfirmingAndTheFirstWaitingTakesThePlace() throws Exception {
        Activity oneSeat = ActivityFixture.published(catalog, ActivityFixture.openTo(1));
        UUID me = ActivityFixture.person(registry);
        UUID waiting = ActivityFixture.person(registry);
        Registration mine = registrations.register(oneSeat.getId(), me, RegistrationVia.PORTAL, "p", null);
        registrations.register(oneSeat.getId(), waiting, RegistrationVia.PORTAL, "p", null);
        String cancellation = "/portal/activities/registrations/" + mine.getId() + "/cancellation";

        mvc.perform(get("/portal/activities/" + oneSeat.getId()).with(as(me)))
                .andExpect(content().string(containsString("href=\"" + cancellation + "\"")));
        mvc.perform(get(cancellation).with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(oneSeat.getTitleAr())))
                .andExpect(content().string(containsString("نعم، ألغِ تسجيلي")));
        mvc.perform(post(cancellation).with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/portal/activities/" + oneSeat.getId()))
                .andExpect(flash().attribute("message", "portal.activities.cancelled"));

        assertThat(registrations.get(mine.getId()).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(registrations.find(oneSeat.getId(), waiting).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.REGISTERED);
        mvc.perform(post(cancellation).with(as(me)).with(csrf()))
                .andExpect(flash().attribute("problem", "activity.registration.alreadyCancelled"));
    }

    @Test
    void anotherBeneficiarysRegistrationIsNotFound() throws Exception {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(5));
        UUID owner = ActivityFixture.person(registry);
        UUID intruder = ActivityFixture.person(registry);
        Registration theirs = registrations.register(activity.getId(), owner, RegistrationVia.PORTAL, "p", null);
        String cancellation = "/portal/activities/registrations/" + theirs.getId() + "/cancellation";

        mvc.perform(get(cancellation).with(as(intruder))).andExpect(status().isNotFound());
        mvc.perform(post(cancellation).with(as(intruder)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/portal/activities/registrations/" + UUID.randomUUID() + "/cancellation").with(as(intruder)))
                .andExpect(status().isNotFound());

        assertThat(registrations.get(theirs.getId()).getStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        mvc.perform(get("/portal/activities/" + activity.getId()).with(as(intruder)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(theirs.getId().toString()))));
    }

    @Test
    void aRefusedRegistrationSaysWhyInThePagesLanguage() throws Exception {
        Activity forTheElderly = ActivityFixture.published(catalog, elderlyInJeddah());
        Activity notYetOpen = ActivityFixture.published(catalog, opensTomorrow());
        UUID me = ActivityFixture.person(registry);

        mvc.perform(post("/portal/activities/" + forTheElderly.getId() + "/registration").with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("هذا النشاط ليس ضمن الفئات أو الشروط المحددة له")))
                .andExpect(content().string(containsString("data-rule=\"SEGMENT\"")))
                .andExpect(content().string(containsString("data-rule=\"AGE\"")))
                .andExpect(content().string(containsString("data-rule=\"CITY\"")))
                .andExpect(content().string(containsString("عمره 30 سنة")));
        mvc.perform(post("/portal/activities/" + forTheElderly.getId() + "/registration").param("lang", "en")
                .with(as(me)).with(csrf()))
                .andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
                .andExpect(content().string(containsString("This activity is for people or conditions")));
        mvc.perform(post("/portal/activities/" + notYetOpen.getId() + "/registration").with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لم يُفتح التسجيل في هذا النشاط بعد")));
        assertThat(registrations.find(forTheElderly.getId(), me)).isEmpty();
        assertThat(registrations.find(notYetOpen.getId(), me)).isEmpty();
    }

    @Test
    void aDraftIsNotFoundAndAFormWithoutItsTokenIsRefused() throws Exception {
        Activity draft = catalog.draft(ActivityFixture.openTo(5), "officer");
        Activity open = ActivityFixture.published(catalog, ActivityFixture.openTo(5));
        UUID me = ActivityFixture.person(registry);

        mvc.perform(get("/portal/activities/" + draft.getId()).with(as(me))).andExpect(status().isNotFound());
        mvc.perform(post("/portal/activities/" + open.getId() + "/registration").with(as(me)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/portal/activities")).andExpect(redirectedUrl("/portal/login"));
        assertThat(registrations.find(open.getId(), me)).isEmpty();
    }

    @Test
    void signingInFromThePublicRegisterButtonComesBackToTheActivity() throws Exception {
        Activity open = ActivityFixture.published(catalog, ActivityFixture.openTo(5));
        Beneficiary person = registry.find(ActivityFixture.person(registry)).orElseThrow();
        String activityPage = "/portal/activities/" + open.getId();
        PortalSignIn signIn = new PortalSignIn(mvc, jdbc);

        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/portal/login").param("next", activityPage).session(session)).andExpect(status().isOk());
        signIn.askForCode(session, person.getMobile(), PortalSignIn.randomClientAddress());
        signIn.typeCode(session, signIn.latestCode(person.getMobile()));
        mvc.perform(post("/portal/claim").session(session).with(csrf()).param("identifier", person.getNationalId()))
                .andExpect(redirectedUrl(activityPage));
        mvc.perform(get("/portal/login").param("next", activityPage).session(session))
                .andExpect(redirectedUrl(activityPage));

        MockHttpSession elsewhere = new MockHttpSession();
        mvc.perform(get("/portal/login").param("next", "//evil.example/portal").session(elsewhere));
        mvc.perform(get("/portal/login").param("next", "/portal/../staff").session(elsewhere));
        signIn.askForCode(elsewhere, person.getMobile(), PortalSignIn.randomClientAddress());
        signIn.typeCode(elsewhere, signIn.latestCode(person.getMobile()))
                .andExpect(redirectedUrl("/portal"));
    }

    @Test
    void theListReadsAFewStatementsHoweverManyRegistrationsItShows() throws Exception {
        List<Activity> inRiyadh = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            inRiyadh.add(ActivityFixture.published(catalog, ActivityFixture.details(10, Set.of(),
                    new EligibilityCriteria(null, null, 18, null, null, null, List.of("الرياض"), null))));
        }
        UUID few = ActivityFixture.person(registry);
        UUID many = ActivityFixture.person(registry);
        registrations.register(inRiyadh.get(0).getId(), few, RegistrationVia.PORTAL, "p", null);
        inRiyadh.forEach(activity -> registrations.register(activity.getId(), many, RegistrationVia.PORTAL, "p", null));

        QueryCount.reset();
        mvc.perform(get("/portal/activities").with(as(few))).andExpect(status().isOk());
        long oneRegistration = QueryCount.statements();
        QueryCount.reset();
        mvc.perform(get("/portal/activities").with(as(many))).andExpect(status().isOk());
        long fourRegistrations = QueryCount.statements();

        assertThat(fourRegistrations).isEqualTo(oneRegistration).isLessThanOrEqualTo(12);
    }

    /** Every page of a paged list as this beneficiary sees it: other tests' activities may come first. */
    private String everyPage(String path, UUID beneficiary) throws Exception {
        StringBuilder pages = new StringBuilder();
        for (int page = 0; page < 100; page++) {
            String html = mvc.perform(get(path).param("page", Integer.toString(page)).with(as(beneficiary)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (!html.contains("data-activity=")) {
                break;
            }
            pages.append(html);
        }
        return pages.toString();
    }

    static ActivityDetails elderlyInJeddah() {
        return ActivityFixture.details(10, Set.of("ELDERLY"),
                new EligibilityCriteria(null, null, 60, null, null, null, List.of("جدة"), null));
    }

    static ActivityDetails opensTomorrow() {
        ActivityDetails open = ActivityFixture.openTo(5);
        return new ActivityDetails(open.kind(), open.titleAr(), null, open.descriptionAr(), null, open.startsAt(),
                open.endsAt(), open.place(), null, 5, Instant.now().plus(Duration.ofDays(1)), open.startsAt(), null,
                Set.of(), null, false, true);
    }

    private static RequestPostProcessor as(UUID beneficiary) {
        return authentication(new UsernamePasswordAuthenticationToken(new PortalBeneficiary(beneficiary, "+966550000000"),
                null, List.of(new SimpleGrantedAuthority("ROLE_BENEFICIARY"))));
    }
}
