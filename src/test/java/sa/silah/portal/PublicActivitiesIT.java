package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityDetails;
import sa.silah.activity.ActivityFixture;
import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.RegistrationVia;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/** The public site's upcoming activities: only those published and listed publicly, read without signing in. */
@IntegrationTest
class PublicActivitiesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityCatalog catalog;

    @Autowired
    ActivityRegistrations registrations;

    @Autowired
    BeneficiaryRegistry registry;

    @Test
    void listsOnlyPublishedPublicActivitiesThatHaveNotEnded() throws Exception {
        Activity listed = ActivityFixture.published(catalog, ActivityFixture.openTo(10));
        Activity draft = catalog.draft(ActivityFixture.openTo(10), "officer");
        Activity staffOnly = ActivityFixture.published(catalog, notPublic());
        Activity cancelled = ActivityFixture.published(catalog, ActivityFixture.openTo(10));
        catalog.cancel(cancelled.getId(), "تعذر الحجز", "officer");

        String everyPage = everyPage();

        assertThat(everyPage).contains(listed.getTitleAr())
                .doesNotContain(draft.getTitleAr())
                .doesNotContain(staffOnly.getTitleAr())
                .doesNotContain(cancelled.getTitleAr());
        mvc.perform(get("/activities/upcoming"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("البرامج والأنشطة القادمة")))
                .andExpect(content().string(containsString("هـ")));
        mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/activities/upcoming\"")));
    }

    @Test
    void showsAPublishedPublicActivityWithARegisterButtonThatSignsInAndComesBack() throws Exception {
        ActivityDetails open = ActivityFixture.openTo(1);
        Activity activity = ActivityFixture.published(catalog, new ActivityDetails(open.kind(), open.titleAr(),
                "Family budget " + TestData.uniqueWord(), open.descriptionAr(), "How to plan a family budget",
                open.startsAt(), open.endsAt(), null, "https://meet.example.org/budget", 1,
                open.registrationOpensAt(), open.registrationClosesAt(), null, Set.of(), null, true, true));

        mvc.perform(get("/activities/upcoming/" + activity.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(activity.getTitleAr())))
                .andExpect(content().string(containsString("عن بُعد")))
                .andExpect(content().string(containsString("المقاعد المتبقية: 1")))
                .andExpect(content().string(containsString(
                        "href=\"/portal/login?next=/portal/activities/" + activity.getId() + "\"")))
                .andExpect(content().string(not(containsString("meet.example.org"))));

        registrations.register(activity.getId(), ActivityFixture.person(registry), RegistrationVia.OFFICER, "o", null);
        mvc.perform(get("/activities/upcoming/" + activity.getId()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(activity.getTitleEn())))
                .andExpect(content().string(containsString("Fully booked: registering now puts you on the waiting list")))
                .andExpect(content().string(containsString("Join the waiting list")));
    }

    @Test
    void aDraftOrAnActivityNotListedPubliclyIsNotFound() throws Exception {
        Activity draft = catalog.draft(ActivityFixture.openTo(10), "officer");
        Activity staffOnly = ActivityFixture.published(catalog, notPublic());

        mvc.perform(get("/activities/upcoming/" + draft.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/activities/upcoming/" + staffOnly.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/activities/upcoming/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void anActivityNotYetOpenSaysWhenRegistrationOpensInsteadOfARegisterButton() throws Exception {
        Activity later = ActivityFixture.published(catalog, PortalActivitiesIT.opensTomorrow());

        mvc.perform(get("/activities/upcoming/" + later.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لم يُفتح التسجيل في هذا النشاط بعد")))
                .andExpect(content().string(containsString("يُفتح التسجيل في")))
                .andExpect(content().string(not(containsString("/portal/login?next="))));
    }

    /** Every page of the public list: other tests' activities may come first. */
    private String everyPage() throws Exception {
        StringBuilder pages = new StringBuilder();
        for (int page = 0; page < 100; page++) {
            String html = mvc.perform(get("/activities/upcoming").param("page", Integer.toString(page)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (!html.contains("data-activity=")) {
                break;
            }
            pages.append(html);
        }
        return pages.toString();
    }

    private static ActivityDetails notPublic() {
        ActivityDetails open = ActivityFixture.openTo(10);
        return new ActivityDetails(open.kind(), open.titleAr(), null, open.descriptionAr(), null, open.startsAt(),
                open.endsAt(), open.place(), null, 10, open.registrationOpensAt(), open.registrationClosesAt(), null,
                Set.of(), null, false, false);
    }
}
