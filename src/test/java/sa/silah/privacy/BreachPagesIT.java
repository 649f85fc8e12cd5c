package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.audit.AuditEntry;
import sa.silah.audit.AuditTrail;
import sa.silah.shared.Dates;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

/** The breach register's pages: recording a breach starts the 72-hour clock, notifications stop it, roles. */
@IntegrationTest
class BreachPagesIT {

    private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;
    @Autowired
    BreachRegister register;
    @Autowired
    AuditTrail audit;
    @Autowired
    Dates dates;
    @Autowired
    StaffManagement staff;

    RequestPostProcessor admin;
    RequestPostProcessor manager;
    RequestPostProcessor officer;

    @BeforeEach
    void accounts() {
        admin = user(TestAccounts.ensure(staff, Role.ADMIN)).roles("ADMIN");
        manager = user(TestAccounts.ensure(staff, Role.MANAGER)).roles("MANAGER");
        officer = user(TestAccounts.ensure(staff, Role.OFFICER)).roles("OFFICER");
    }

    /** The time a form field holds for an instant: Riyadh time, to the minute. */
    private static String formTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, Dates.RIYADH).format(FORM_TIME);
    }

    private static Instant hoursAgo(long hours) {
        return Instant.now().minus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.MINUTES);
    }

    private Breach recordedThroughThePage(Instant discovered, String description) throws Exception {
        String location = mvc.perform(post("/privacy/breaches").with(admin).with(csrf())
                .param("discoveredAt", formTime(discovered)).param("description", description)
                .param("dataCategories", "IDENTITY", "CONTACT").param("affectedCount", "40")
                .param("riskLevel", "HIGH"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "privacy.breach.recorded"))
                .andReturn().getResponse().getRedirectedUrl();
        return register.get(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    }

    @Test
    void aRecordedBreachShowsItsDeadlineAndTheTimeLeft() throws Exception {
        Instant discovered = hoursAgo(10);
        Breach breach = recordedThroughThePage(discovered, "تسرّب كشف مستفيدين");

        assertThat(breach.notificationDeadline()).isEqualTo(discovered.plus(Duration.ofHours(72)));
        assertThat(breach.getReference()).matches("BR-\\d{4}-\\d{4}");
        String deadline = dates.dateTime(breach.notificationDeadline(), Locale.ENGLISH);
        mvc.perform(get("/privacy/breaches/" + breach.getId()).param("lang", "en").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(breach.getReference()), containsString(deadline),
                        containsString("AH"), containsString("data-clock-state=\"RUNNING\""),
                        containsString("left to notify"))));
        mvc.perform(get("/privacy/breaches").param("lang", "en").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(breach.getReference()), containsString(deadline))));
        assertThat(audit.changesOf(BreachRegister.SUBJECT, breach.getId().toString(), PageRequest.of(0, 5)))
                .extracting(AuditEntry::getAction).containsExactly("CREATED");
    }

    @Test
    void aBreachPastItsDeadlineIsShownOverdueInRed() throws Exception {
        Breach breach = recordedThroughThePage(hoursAgo(80), "فقد جهاز محمول");

        mvc.perform(get("/privacy/breaches/" + breach.getId()).param("lang", "en").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-clock-state=\"OVERDUE\""),
                        containsString("text-bg-danger"), containsString("Overdue by 8 h"))));
    }

    @Test
    void badInputIsNamedFieldByField() throws Exception {
        mvc.perform(post("/privacy/breaches").with(admin).with(csrf())
                .param("discoveredAt", formTime(Instant.now().plus(Duration.ofDays(2))))
                .param("affectedCount", "-3"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "discoveredAt", "privacy.breach.inFuture"))
                .andExpect(model().attributeHasFieldErrorCode("form", "description",
                        "privacy.breach.descriptionRequired"))
                .andExpect(model().attributeHasFieldErrorCode("form", "dataCategories",
                        "privacy.dataCategoriesRequired"))
                .andExpect(model().attributeHasFieldErrorCode("form", "affectedCount",
                        "privacy.breach.affectedCountRequired"))
                .andExpect(model().attributeHasFieldErrorCode("form", "riskLevel", "privacy.breach.riskLevelRequired"));
    }

    @Test
    void recordingTheNotificationInTimeTurnsTheClockGreenAndAllowsClosing() throws Exception {
        Instant discovered = hoursAgo(30);
        Breach breach = recordedThroughThePage(discovered, "رسالة بريد إلى جهة خاطئة");
        String page = "/privacy/breaches/" + breach.getId();

        mvc.perform(post(page + "/notification").with(admin).with(csrf())
                .param("authorityNotifiedAt", formTime(discovered.minus(Duration.ofHours(1)))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "authorityNotifiedAt",
                        "privacy.breach.beforeDiscovery"));
        assertThat(register.get(breach.getId()).getAuthorityNotifiedAt()).isNull();

        mvc.perform(post(page + "/notification").with(admin).with(csrf())
                .param("authorityNotifiedAt", formTime(discovered.plus(Duration.ofHours(20))))
                .param("authorityReference", "SDAIA-77"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "privacy.breach.notificationRecorded"));
        assertThat(register.get(breach.getId()).clock(Instant.now()).isNotifiedInTime()).isTrue();
        mvc.perform(get("/privacy/breaches").param("lang", "en").with(admin))
                .andExpect(content().string(containsString("data-clock-state=\"NOTIFIED_IN_TIME\"")));

        mvc.perform(post(page + "/contain").with(admin).with(csrf()))
                .andExpect(flash().attribute("refused", "privacy.breach.containNeedsActions"));
        mvc.perform(post(page).with(admin).with(csrf()).param("discoveredAt", formTime(discovered))
                .param("description", "رسالة بريد إلى جهة خاطئة").param("dataCategories", "IDENTITY", "CONTACT")
                .param("affectedCount", "40").param("riskLevel", "HIGH")
                .param("containmentActions", "طُلب من الجهة حذف الرسالة"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/contain").with(admin).with(csrf()))
                .andExpect(flash().attribute("message", "privacy.breach.contained"));
        mvc.perform(post(page + "/close").with(admin).with(csrf()))
                .andExpect(flash().attribute("message", "privacy.breach.closedNow"));

        assertThat(register.get(breach.getId()).getStatus()).isEqualTo(BreachStatus.CLOSED);
        assertThat(audit.changesOf(BreachRegister.SUBJECT, breach.getId().toString(), PageRequest.of(0, 10)))
                .extracting(AuditEntry::getAction)
                .containsExactly("CLOSED", "CONTAINED", "UPDATED", "NOTIFICATION_RECORDED", "CREATED");
    }

    @Test
    void aBreachCannotCloseWithoutTheAuthorityNotified() throws Exception {
        Breach breach = register.record(new BreachDetails(hoursAgo(3), null, "دخول غير مصرّح به",
                EnumSet.of(DataCategory.IDENTITY), 2, BreachRiskLevel.LOW, "أُلغي الحساب"));
        register.contain(breach.getId());

        mvc.perform(post("/privacy/breaches/" + breach.getId() + "/close").with(admin).with(csrf()))
                .andExpect(flash().attribute("refused", "privacy.breach.closeNeedsNotification"));
        assertThat(register.get(breach.getId()).getStatus()).isEqualTo(BreachStatus.CONTAINED);
    }

    @Test
    void managersReadAndOfficersAreDenied() throws Exception {
        Breach breach = register.record(new BreachDetails(hoursAgo(1), null, "اختبار الصلاحيات",
                EnumSet.of(DataCategory.CONTACT), 1, BreachRiskLevel.LOW, null));
        String page = "/privacy/breaches/" + breach.getId();

        mvc.perform(get("/privacy/breaches").with(manager)).andExpect(status().isOk());
        mvc.perform(get(page).with(manager)).andExpect(status().isOk());
        mvc.perform(get(page + "/notification").with(manager)).andExpect(status().isForbidden());
        mvc.perform(post(page + "/contain").with(manager).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/privacy/breaches").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get(page).with(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/privacy/breaches").with(officer).with(csrf())).andExpect(status().isForbidden());
    }
}
