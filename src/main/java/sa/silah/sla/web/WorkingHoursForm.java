package sa.silah.sla.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.sla.WorkingHoursDetails;
import sa.silah.sla.WorkingHoursOverride;

/** The administrator's form for other working hours over a range of days. */
public class WorkingHoursForm {

    private String nameAr;
    private String nameEn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstDay;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastDay;
    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private LocalTime opensAt;
    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private LocalTime closesAt;

    static WorkingHoursForm of(WorkingHoursOverride range) {
        WorkingHoursForm form = new WorkingHoursForm();
        form.nameAr = range.getNameAr();
        form.nameEn = range.getNameEn();
        form.firstDay = range.getFirstDay();
        form.lastDay = range.getLastDay();
        form.opensAt = range.getOpensAt();
        form.closesAt = range.getClosesAt();
        return form;
    }

    WorkingHoursDetails toDetails() {
        return new WorkingHoursDetails(nameAr, nameEn, firstDay, lastDay, opensAt, closesAt);
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalTime closesAt) {
        this.closesAt = closesAt;
    }
}
