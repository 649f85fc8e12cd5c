package sa.silah.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.audit.AccessFilter;
import sa.silah.audit.AuditFilter;

/**
 * The viewer's filters as typed, for the trail ({@code action}) and the access log ({@code purpose}) alike, so that a
 * page shows them again with a message beside a bad one.
 */
class AuditFilterForm {

    private String actor;
    private String subjectType;
    private String subjectId;
    private String action;
    private String purpose;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private int page;

    AuditFilter changes() {
        return new AuditFilter(actor, subjectType, subjectId, action, from, to);
    }

    AccessFilter accesses() {
        return new AccessFilter(actor, subjectType, subjectId, purpose, from, to);
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
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

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }
}
