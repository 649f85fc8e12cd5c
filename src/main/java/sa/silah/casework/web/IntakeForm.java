package sa.silah.casework.web;

import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.casework.NewRequest;
import sa.silah.casework.Priority;
import sa.silah.casework.RequestKind;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;

/** The intake page's form: the four steps of the policy on one page. */
public class IntakeForm {

    private UUID beneficiaryId;
    private RequestKind kind = RequestKind.INQUIRY;
    private Channel channel = Channel.PHONE;
    private String serviceCode;
    private String subject;
    private String description;
    private String answerGiven;
    private Priority priority = Priority.NORMAL;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime promisedDueAt;
    private String dueChangeReason;
    private String contactWaiver;
    private Long fromInteraction;
    private String eligibilityOverrideReason;

    NewRequest toNewRequest() {
        return new NewRequest(beneficiaryId, kind, channel, serviceCode, subject, description, priority, answerGiven,
                promisedDueAt == null ? null : promisedDueAt.atZone(Dates.RIYADH).toInstant(), dueChangeReason,
                contactWaiver);
    }

    /** The contact on the timeline this request is opened from, if any. */
    public Long getFromInteraction() {
        return fromInteraction;
    }

    public void setFromInteraction(Long fromInteraction) {
        this.fromInteraction = fromInteraction;
    }

    /** Why the officer opens a service request for a beneficiary found not eligible. */
    public String getEligibilityOverrideReason() {
        return eligibilityOverrideReason;
    }

    public void setEligibilityOverrideReason(String eligibilityOverrideReason) {
        this.eligibilityOverrideReason = eligibilityOverrideReason;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public void setBeneficiaryId(UUID beneficiaryId) {
        this.beneficiaryId = beneficiaryId;
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAnswerGiven() {
        return answerGiven;
    }

    public void setAnswerGiven(String answerGiven) {
        this.answerGiven = answerGiven;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public LocalDateTime getPromisedDueAt() {
        return promisedDueAt;
    }

    public void setPromisedDueAt(LocalDateTime promisedDueAt) {
        this.promisedDueAt = promisedDueAt;
    }

    public String getDueChangeReason() {
        return dueChangeReason;
    }

    public void setDueChangeReason(String dueChangeReason) {
        this.dueChangeReason = dueChangeReason;
    }

    public String getContactWaiver() {
        return contactWaiver;
    }

    public void setContactWaiver(String contactWaiver) {
        this.contactWaiver = contactWaiver;
    }
}
