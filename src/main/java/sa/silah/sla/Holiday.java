package sa.silah.sla;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A public holiday: whole days without working time, from {@code firstDay} to {@code lastDay} inclusive,
 * such as Eid al-Fitr. Data rather than rules, because moon sighting can move an Eid by a day.
 */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nameAr;

    private String nameEn;

    private LocalDate firstDay;

    private LocalDate lastDay;

    protected Holiday() {
    }

    /** An unsaved holiday, for calendars held in memory; administrators add them through {@link CalendarAdministration}. */
    public Holiday(String nameAr, String nameEn, LocalDate firstDay, LocalDate lastDay) {
        DayRanges.require(firstDay, lastDay);
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    Holiday(HolidayDetails details) {
        this(details.nameAr().strip(), details.nameEn().strip(), details.firstDay(), details.lastDayOrFirst());
    }

    void change(HolidayDetails details) {
        this.nameAr = details.nameAr().strip();
        this.nameEn = details.nameEn().strip();
        this.firstDay = details.firstDay();
        this.lastDay = details.lastDayOrFirst();
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public long days() {
        return lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
    }

    public Long getId() {
        return id;
    }

    public String getNameAr() {
        return nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }
}
