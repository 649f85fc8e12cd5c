package sa.silah.activity.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityDetails;
import sa.silah.activity.ActivityKind;
import sa.silah.assessment.NeedLevel;
import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.shared.Dates;

/**
 * The activity form as typed: times are what the wall clock in Riyadh shows (datetime-local inputs), cities one a
 * line. A value that does not parse stays as typed beside its field error.
 */
public class ActivityForm {

    private ActivityKind kind;
    private String titleAr;
    private String titleEn;
    private String descriptionAr;
    private String descriptionEn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime endsAt;
    private String place;
    private String onlineLink;
    private Integer capacity;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime registrationOpensAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime registrationClosesAt;
    private String serviceCode;
    private Set<String> segmentCodes = new LinkedHashSet<>();
    private NeedLevel minimumNeedLevel;
    private Integer ageFrom;
    private Integer ageTo;
    private String cities;
    private boolean givesCertificate;
    private boolean publicListing = true;

    /** The form filled with what an activity states, for editing it. */
    static ActivityForm of(Activity activity, String serviceCode) {
        ActivityForm form = new ActivityForm();
        form.kind = activity.getKind();
        form.titleAr = activity.getTitleAr();
        form.titleEn = activity.getTitleEn();
        form.descriptionAr = activity.getDescriptionAr();
        form.descriptionEn = activity.getDescriptionEn();
        form.startsAt = local(activity.getStartsAt());
        form.endsAt = local(activity.getEndsAt());
        form.place = activity.getPlace();
        form.onlineLink = activity.getOnlineLink();
        form.capacity = activity.getCapacity();
        form.registrationOpensAt = local(activity.getRegistrationOpensAt());
        form.registrationClosesAt = local(activity.getRegistrationClosesAt());
        form.serviceCode = serviceCode;
        form.segmentCodes = new LinkedHashSet<>(activity.getSegmentCodes());
        EligibilityCriteria criteria = activity.criteria();
        form.minimumNeedLevel = criteria.minimumNeedLevel();
        form.ageFrom = criteria.ageFrom();
        form.ageTo = criteria.ageTo();
        form.cities = String.join("\n", criteria.cities());
        form.givesCertificate = activity.isGivesCertificate();
        form.publicListing = activity.isPublicListing();
        return form;
    }

    ActivityDetails details() {
        List<String> cityLines = cities == null ? List.of() : List.of(cities.split("\\R"));
        return new ActivityDetails(kind, titleAr, titleEn, descriptionAr, descriptionEn, instant(startsAt),
                instant(endsAt), place, onlineLink, capacity, instant(registrationOpensAt),
                instant(registrationClosesAt), serviceCode, segmentCodes,
                new EligibilityCriteria(minimumNeedLevel, null, ageFrom, ageTo, null, null, cityLines, null),
                givesCertificate, publicListing);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Dates.RIYADH).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Dates.RIYADH).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public void setTitleAr(String titleAr) {
        this.titleAr = titleAr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionAr() {
        return descriptionAr;
    }

    public void setDescriptionAr(String descriptionAr) {
        this.descriptionAr = descriptionAr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public void setRegistrationOpensAt(LocalDateTime registrationOpensAt) {
        this.registrationOpensAt = registrationOpensAt;
    }

    public LocalDateTime getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
        this.registrationClosesAt = registrationClosesAt;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public Set<String> getSegmentCodes() {
        return segmentCodes;
    }

    public void setSegmentCodes(Set<String> segmentCodes) {
        this.segmentCodes = segmentCodes == null ? new LinkedHashSet<>() : segmentCodes;
    }

    public NeedLevel getMinimumNeedLevel() {
        return minimumNeedLevel;
    }

    public void setMinimumNeedLevel(NeedLevel minimumNeedLevel) {
        this.minimumNeedLevel = minimumNeedLevel;
    }

    public Integer getAgeFrom() {
        return ageFrom;
    }

    public void setAgeFrom(Integer ageFrom) {
        this.ageFrom = ageFrom;
    }

    public Integer getAgeTo() {
        return ageTo;
    }

    public void setAgeTo(Integer ageTo) {
        this.ageTo = ageTo;
    }

    public String getCities() {
        return cities;
    }

    public void setCities(String cities) {
        this.cities = cities;
    }

    public boolean isGivesCertificate() {
        return givesCertificate;
    }

    public void setGivesCertificate(boolean givesCertificate) {
        this.givesCertificate = givesCertificate;
    }

    public boolean isPublicListing() {
        return publicListing;
    }

    public void setPublicListing(boolean publicListing) {
        this.publicListing = publicListing;
    }
}
