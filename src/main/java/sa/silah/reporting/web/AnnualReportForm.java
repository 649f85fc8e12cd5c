package sa.silah.reporting.web;

/** The annual report asked for: the calendar (hijri or gregorian) and the year in it, as typed. */
class AnnualReportForm {

    static final String HIJRI = "hijri";
    static final String GREGORIAN = "gregorian";

    private String calendar = HIJRI;
    private String year;

    public String getCalendar() {
        return calendar;
    }

    public void setCalendar(String calendar) {
        this.calendar = calendar;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
