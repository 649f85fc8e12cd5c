package sa.silah.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

@IntegrationTest
class CalendarAdminPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    BusinessCalendar calendar;

    @Autowired
    CalendarAdministration administration;

    RequestPostProcessor admin = user("calendar-admin").roles("ADMIN");

    @Test
    void onlyAdministratorsKeepTheCalendar() throws Exception {
        RequestPostProcessor officer = user("calendar-officer").roles("OFFICER", "MANAGER");
        mvc.perform(get("/admin/calendar").with(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/holidays").with(officer).with(csrf()).param("nameAr", "إجازة"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff").with(admin)).andExpect(content().string(containsString("/admin/calendar")));
        mvc.perform(get("/admin/calendar").param("year", "2026").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("تقويم العمل"), containsString("يوم التأسيس"),
                        containsString("إجازة عيد الفطر 1447هـ"), containsString("22 فبراير 2026 (5 رمضان 1447 هـ)"),
                        containsString("دوام شهر رمضان 1447هـ"), containsString("10:00–15:00"))));
    }

    @Test
    void aHolidayAddedOnThePageMovesDueTimesAtOnce() throws Exception {
        LocalDate thursday = LocalDate.of(2031, 1, 2);
        assertThat(thursday.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        Instant start = TestCalendars.riyadh("2031-01-02T15:00");
        String name = "Holiday " + TestData.uniqueWord();
        assertThat(calendar.addBusinessTime(start, BusinessDuration.ofDays(1))).isEqualTo(TestCalendars.riyadh("2031-01-05T15:00"));

        mvc.perform(post("/admin/calendar/holidays").with(admin).with(csrf())
                        .param("nameAr", "إجازة " + TestData.uniqueWord()).param("nameEn", name)
                        .param("firstDay", "2031-01-05").param("lastDay", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendar?year=2031"));
        assertThat(calendar.addBusinessTime(start, BusinessDuration.ofDays(1))).isEqualTo(TestCalendars.riyadh("2031-01-06T15:00"));

        long id = administration.holidaysOf(2031).stream().filter(h -> h.getNameEn().equals(name)).findFirst()
                .orElseThrow().getId();
        mvc.perform(get("/admin/calendar/holidays/" + id).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2031-01-05\"")));
        mvc.perform(post("/admin/calendar/holidays/" + id).with(admin).with(csrf())
                        .param("nameAr", "إجازة ممتدة").param("nameEn", name)
                        .param("firstDay", "2031-01-05").param("lastDay", "2031-01-06"))
                .andExpect(status().isFound());
        assertThat(calendar.addBusinessTime(start, BusinessDuration.ofDays(1))).isEqualTo(TestCalendars.riyadh("2031-01-07T15:00"));
        mvc.perform(get("/admin/calendar/due").param("start", "2031-01-02T15:00").param("duration", "P1D").with(admin))
                .andExpect(content().string(allOf(containsString("الثلاثاء"), containsString("7 يناير 2031 15:00"))));

        mvc.perform(post("/admin/calendar/holidays/" + id + "/delete").with(admin).with(csrf()))
                .andExpect(status().isFound());
        assertThat(calendar.addBusinessTime(start, BusinessDuration.ofDays(1))).isEqualTo(TestCalendars.riyadh("2031-01-05T15:00"));
    }

    @Test
    void showsEachProblemBesideItsFieldAndSavesNothing() throws Exception {
        int before = administration.holidaysOf(2034).size();
        mvc.perform(post("/admin/calendar/holidays").with(admin).with(csrf())
                        .param("nameAr", " ").param("nameEn", "Kept as typed")
                        .param("firstDay", "2034-02-10").param("lastDay", "2034-02-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "nameAr", "calendar.name.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "lastDay", "calendar.lastDay.beforeFirstDay"))
                .andExpect(content().string(allOf(containsString("اكتب الاسم"), containsString("is-invalid"),
                        containsString("value=\"Kept as typed\""))));
        mvc.perform(post("/admin/calendar/holidays").with(admin).with(csrf())
                        .param("nameAr", "إجازة").param("nameEn", "Holiday").param("firstDay", "not a date"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "firstDay", "typeMismatch"));
        assertThat(administration.holidaysOf(2034)).hasSize(before);
    }

    @Test
    void keepsOtherWorkingHoursAndRefusesOverlapsAndInvertedHours() throws Exception {
        mvc.perform(post("/admin/calendar/hours").with(admin).with(csrf())
                        .param("nameAr", "دوام").param("nameEn", "Hours").param("firstDay", "2032-07-04")
                        .param("lastDay", "2032-07-08").param("opensAt", "15:00").param("closesAt", "10:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "closesAt", "calendar.closesAt.notAfterOpensAt"));
        mvc.perform(post("/admin/calendar/hours").with(admin).with(csrf())
                        .param("nameAr", "دوام").param("nameEn", "Hours").param("firstDay", "2026-03-01")
                        .param("lastDay", "2026-03-05").param("opensAt", "09:00").param("closesAt", "13:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "firstDay", "calendar.hours.overlap"));

        String name = "Summer hours " + TestData.uniqueWord();
        mvc.perform(post("/admin/calendar/hours").with(admin).with(csrf())
                        .param("nameAr", "الدوام الصيفي").param("nameEn", name).param("firstDay", "2032-07-04")
                        .param("lastDay", "2032-07-08").param("opensAt", "09:30").param("closesAt", "13:00"))
                .andExpect(status().isFound());
        assertThat(calendar.workingHours(LocalDate.of(2032, 7, 5))).contains(WorkingHours.of("09:30", "13:00"));
        long id = administration.workingHoursOf(2032).stream().filter(o -> o.getNameEn().equals(name)).findFirst()
                .orElseThrow().getId();
        mvc.perform(get("/admin/calendar/hours/" + id).with(admin))
                .andExpect(content().string(allOf(containsString("value=\"09:30\""), containsString("value=\"13:00\""))));

        mvc.perform(post("/admin/calendar/hours/" + id + "/delete").with(admin).with(csrf()))
                .andExpect(status().isFound());
        assertThat(calendar.workingHours(LocalDate.of(2032, 7, 5))).contains(WorkingHours.of("08:00", "16:00"));
    }

    @Test
    void triesADueTimeOnThePageAndAsAnHtmxFragment() throws Exception {
        mvc.perform(get("/admin/calendar/due").param("start", "2026-11-26T15:00").param("duration", "P1D").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("الأحد"),
                        containsString("29 نوفمبر 2026 15:00"))));
        mvc.perform(get("/admin/calendar/due").param("start", "2026-11-27T10:00").param("duration", "P1D")
                        .header("HX-Request", "true").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), containsString("29 نوفمبر 2026 16:00"))));
        mvc.perform(get("/admin/calendar/due").param("start", "").param("duration", "a day")
                        .header("HX-Request", "true").with(admin))
                .andExpect(content().string(allOf(containsString("اختر تاريخ البداية ووقتها"),
                        containsString("اكتب المدة بصيغة ISO-8601"))));
    }

    @Test
    void keepsWorkingHoursExactOnAServerWhoseClockIsNotUtc() {
        TimeZone original = TimeZone.getDefault();
        Long id = null;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Riyadh"));
            assertThat(administration.workingHoursOf(2026)).singleElement()
                    .satisfies(ramadan -> assertThat(ramadan.hours()).isEqualTo(WorkingHours.of("10:00", "15:00")));
            id = administration.addWorkingHours(new WorkingHoursDetails("دوام", "Hours " + TestData.uniqueWord(),
                    LocalDate.of(2033, 7, 3), LocalDate.of(2033, 7, 7), LocalTime.of(9, 30), LocalTime.of(13, 0))).getId();
        }
        finally {
            TimeZone.setDefault(original);
        }
        try {
            assertThat(administration.workingHours(id).hours()).isEqualTo(WorkingHours.of("09:30", "13:00"));
        }
        finally {
            administration.removeWorkingHours(id);
        }
    }
}
