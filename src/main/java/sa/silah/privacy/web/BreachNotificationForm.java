package sa.silah.privacy.web;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.privacy.Breach;
import sa.silah.privacy.BreachNotification;

/** The page form recording who was told of a breach; times are entered in Riyadh time. */
public class BreachNotificationForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime authorityNotifiedAt;
    private String authorityReference;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime peopleNotifiedAt;
    private String notRequiredReason;

    static BreachNotificationForm of(Breach breach) {
        BreachNotificationForm form = new BreachNotificationForm();
        form.authorityNotifiedAt = RiyadhTime.local(breach.getAuthorityNotifiedAt());
        form.authorityReference = breach.getAuthorityReference();
        form.peopleNotifiedAt = RiyadhTime.local(breach.getPeopleNotifiedAt());
        form.notRequiredReason = breach.getNotRequiredReason();
        return form;
    }

    BreachNotification toNotification() {
        return new BreachNotification(RiyadhTime.instant(authorityNotifiedAt), authorityReference,
                RiyadhTime.instant(peopleNotifiedAt), notRequiredReason);
    }

    public LocalDateTime getAuthorityNotifiedAt() {
        return authorityNotifiedAt;
    }

    public void setAuthorityNotifiedAt(LocalDateTime authorityNotifiedAt) {
        this.authorityNotifiedAt = authorityNotifiedAt;
    }

    public String getAuthorityReference() {
        return authorityReference;
    }

    public void setAuthorityReference(String authorityReference) {
        this.authorityReference = authorityReference;
    }

    public LocalDateTime getPeopleNotifiedAt() {
        return peopleNotifiedAt;
    }

    public void setPeopleNotifiedAt(LocalDateTime peopleNotifiedAt) {
        this.peopleNotifiedAt = peopleNotifiedAt;
    }

    public String getNotRequiredReason() {
        return notRequiredReason;
    }

    public void setNotRequiredReason(String notRequiredReason) {
        this.notRequiredReason = notRequiredReason;
    }
}
