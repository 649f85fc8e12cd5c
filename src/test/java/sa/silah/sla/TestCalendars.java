package sa.silah.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import sa.silah.shared.Dates;

/** Calendars held in memory for the unit tests: the same holidays and Ramadan hours the V4 migration seeds. */
final class TestCalendars {

    static final List<Holiday> HOLIDAYS_2026_2027 = List.of(
            holiday("يوم التأسيس", "Founding Day", "2026-02-22", "2026-02-22"),
            holiday("إجازة عيد الفطر 1447هـ", "Eid al-Fitr holiday 1447 AH", "2026-03-18", "2026-03-22"),
            holiday("إجازة عيد الأضحى 1447هـ", "Eid al-Adha holiday 1447 AH", "2026-05-26", "2026-05-30"),
            holiday("اليوم الوطني", "National Day", "2026-09-23", "2026-09-23"),
            holiday("يوم التأسيس", "Founding Day", "2027-02-22", "2027-02-22"),
            holiday("إجازة عيد الفطر 1448هـ", "Eid al-Fitr holiday 1448 AH", "2027-03-08", "2027-03-11"),
            holiday("إجازة عيد الأضحى 1448هـ", "Eid al-Adha holiday 1448 AH", "2027-05-15", "2027-05-19"),
            holiday("اليوم الوطني", "National Day", "2027-09-23", "2027-09-23"));

    static final List<WorkingHoursOverride> RAMADAN_1447_1448 = List.of(
            hours("دوام شهر رمضان 1447هـ", "Ramadan hours 1447 AH", "2026-02-18", "2026-03-19", "10:00", "15:00"),
            hours("دوام شهر رمضان 1448هـ", "Ramadan hours 1448 AH", "2027-02-08", "2027-03-08", "10:00", "15:00"));

    private TestCalendars() {
    }

    /** Sunday to Thursday, 08:00–16:00 Riyadh, with the seeded holidays and Ramadan hours of 2026 and 2027. */
    static BusinessCalendar saudi2026And2027() {
        return new BusinessCalendar(CalendarProperties.saudi(), HOLIDAYS_2026_2027, RAMADAN_1447_1448);
    }

    /** The regular week only, without holidays or other hours. */
    static BusinessCalendar regularWeek() {
        return new BusinessCalendar(CalendarProperties.saudi(), List.of(), List.of());
    }

    /** A local date-time in Riyadh, such as {@code 2026-11-26T15:00}. */
    static Instant riyadh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Dates.RIYADH).toInstant();
    }

    static Holiday holiday(String nameAr, String nameEn, String firstDay, String lastDay) {
        return new Holiday(nameAr, nameEn, LocalDate.parse(firstDay), LocalDate.parse(lastDay));
    }

    static WorkingHoursOverride hours(String nameAr, String nameEn, String firstDay, String lastDay, String opensAt,
            String closesAt) {
        return new WorkingHoursOverride(nameAr, nameEn, LocalDate.parse(firstDay), LocalDate.parse(lastDay),
                WorkingHours.of(opensAt, closesAt));
    }
}
