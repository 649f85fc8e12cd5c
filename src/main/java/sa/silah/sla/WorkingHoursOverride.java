package sa.silah.sla;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Other working hours for a range of days, such as 10:00–15:00 in Ramadan. It changes the hours of the
 * working days in the range only: a weekend day or a holiday stays without working time.
 */
@Entity
@Table(name = "working_hours_override")
public class WorkingHoursOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nameAr;

    private String nameEn;

    private LocalDate firstDay;

    private LocalDate lastDay;

    // Read and written as LocalTime by the driver: as java.sql.Time, Hibernate would shift the hours by the
    // JVM's offset from hibernate.jdbc.time_zone (UTC), turning 10:00 into 13:00 on a server set to Riyadh.
    @JdbcTypeCode(SqlTypes.LOCAL_TIME)
    private LocalTime opensAt;

    @JdbcTypeCode(SqlTypes.LOCAL_TIME)
    private LocalTime closesAt;

    protected WorkingHoursOverride() {
    }

    /** Unsaved hours, for calendars held in memory; administrators add them through {@link CalendarAdministration}. */
    public WorkingHoursOverride(String nameAr, String nameEn, LocalDate firstDay, LocalDate lastDay, WorkingHours hours) {
        DayRanges.require(firstDay, lastDay);
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.opensAt = hours.opensAt();
        this.closesAt = hours.closesAt();
    }

    WorkingHoursOverride(WorkingHoursDetails details) {
        this(details.nameAr().strip(), details.nameEn().strip(), details.firstDay(), details.lastDay(),
                new WorkingHours(details.opensAt(), details.closesAt()));
    }

    void change(WorkingHoursDetails details) {
        this.nameAr = details.nameAr().strip();
        this.nameEn = details.nameEn().strip();
        this.firstDay = details.firstDay();
        this.lastDay = details.lastDay();
        this.opensAt = details.opensAt();
        this.closesAt = details.closesAt();
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public WorkingHours hours() {
        return new WorkingHours(opensAt, closesAt);
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

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }
}
