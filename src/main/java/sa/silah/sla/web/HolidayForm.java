package sa.silah.sla.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.sla.Holiday;
import sa.silah.sla.HolidayDetails;

/** The administrator's form for a holiday. */
public class HolidayForm {

    private String nameAr;
    private String nameEn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstDay;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastDay;

    static HolidayForm of(Holiday holiday) {
        HolidayForm form = new HolidayForm();
        form.nameAr = holiday.getNameAr();
        form.nameEn = holiday.getNameEn();
        form.firstDay = holiday.getFirstDay();
        form.lastDay = holiday.getLastDay();
        return form;
    }

    HolidayDetails toDetails() {
        return new HolidayDetails(nameAr, nameEn, firstDay, lastDay);
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
}
