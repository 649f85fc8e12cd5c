package sa.silah.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.audit.UnusualAccessQuery;

/** The unusual-access report's period and thresholds as typed; the controller fills what is left empty. */
class UnusualAccessForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private Integer records;
    private Integer minutes;
    private int page;

    UnusualAccessQuery query() {
        return new UnusualAccessQuery(from, to, records, minutes);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Integer getRecords() {
        return records;
    }

    public void setRecords(Integer records) {
        this.records = records;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }
}
