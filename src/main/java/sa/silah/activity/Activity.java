package sa.silah.activity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;

import sa.silah.assessment.NeedLevel;
import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * A programme or activity of the annual plan. It knows when it takes registrations: published, inside its
 * registration window, and not yet begun. Its capacity is checked by {@link ActivityRegistrations} under a lock on
 * this row.
 */
@Entity
@Table(name = "activity")
public class Activity {

    static final int MAX_CANCEL_REASON = 1000;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private String titleAr;

    private String titleEn;

    private String descriptionAr;

    private String descriptionEn;

    private Instant startsAt;

    private Instant endsAt;

    private String place;

    private String onlineLink;

    private int capacity;

    private Instant registrationOpensAt;

    private Instant registrationClosesAt;

    private Long serviceId;

    @Enumerated(EnumType.STRING)
    private NeedLevel minimumNeedLevel;

    private Integer ageFrom;

    private Integer ageTo;

    @ElementCollection
    @CollectionTable(name = "activity_segment", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "segment_code")
    private Set<String> segmentCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "activity_city", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    @Column(name = "city")
    private List<String> cities = new ArrayList<>();

    private boolean givesCertificate;

    private boolean publicListing;

    @Enumerated(EnumType.STRING)
    private ActivityStatus status;

    private String cancelReason;

    private Instant createdAt;

    private String createdBy;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected Activity() {
    }

    /** A new draft from checked details. */
    static Activity draft(ActivityDetails details, Long serviceId, String actor, Instant now) {
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.status = ActivityStatus.DRAFT;
        activity.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        activity.createdBy = actor;
        activity.apply(details, serviceId, actor, now);
        return activity;
    }

    /** Replaces what was stated; a cancelled activity is no longer changed. */
    void revise(ActivityDetails details, Long serviceId, String actor, Instant now) {
        if (status == ActivityStatus.CANCELLED) {
            throw new ActivityStateException("activity.cancelled");
        }
        apply(details, serviceId, actor, now);
    }

    private void apply(ActivityDetails details, Long serviceId, String actor, Instant now) {
        details.check();
        kind = details.kind();
        titleAr = details.titleAr();
        titleEn = details.titleEn();
        descriptionAr = details.descriptionAr();
        descriptionEn = details.descriptionEn();
        startsAt = details.startsAt().truncatedTo(ChronoUnit.MICROS);
        endsAt = details.endsAt().truncatedTo(ChronoUnit.MICROS);
        place = details.place();
        onlineLink = details.onlineLink();
        capacity = details.capacity();
        registrationOpensAt = details.registrationOpensAt().truncatedTo(ChronoUnit.MICROS);
        registrationClosesAt = details.registrationClosesAt().truncatedTo(ChronoUnit.MICROS);
        this.serviceId = serviceId;
        minimumNeedLevel = details.criteria().minimumNeedLevel();
        ageFrom = details.criteria().ageFrom();
        ageTo = details.criteria().ageTo();
        segmentCodes.retainAll(details.segmentCodes());
        segmentCodes.addAll(details.segmentCodes());
        cities.clear();
        cities.addAll(details.criteria().cities());
        givesCertificate = details.givesCertificate();
        publicListing = details.publicListing();
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        updatedBy = actor;
    }

    /** Lists the activity and lets registration open in its window; publishing twice changes nothing. */
    boolean publish(String actor, Instant now) {
        if (status == ActivityStatus.CANCELLED) {
            throw new ActivityStateException("activity.cancelled");
        }
        if (status == ActivityStatus.PUBLISHED) {
            return false;
        }
        status = ActivityStatus.PUBLISHED;
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        updatedBy = actor;
        return true;
    }

    /** Calls the activity off, with the reason the registrants are told; one that has ended is history. */
    void cancel(String reason, String actor, Instant now) {
        if (status == ActivityStatus.CANCELLED) {
            throw new ActivityStateException("activity.cancelled");
        }
        if (hasEnded(now)) {
            throw new ActivityStateException("activity.ended");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_CANCEL_REASON) {
            throw new InvalidFieldsException(List.of(new FieldProblem("cancelReason", "activity.cancelReason.invalid")));
        }
        status = ActivityStatus.CANCELLED;
        cancelReason = reason.strip();
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        updatedBy = actor;
    }

    /**
     * Reads the segments and cities now, so that who the activity is for can be read after the transaction that found
     * it has ended: pages and the API show one activity's rules outside it (open-in-view is off).
     */
    Activity withRulesRead() {
        Hibernate.initialize(segmentCodes);
        Hibernate.initialize(cities);
        return this;
    }

    /** Why a registration cannot be taken now, as a message key; empty when it can. */
    public Optional<String> registrationRefusal(Instant now) {
        if (status == ActivityStatus.CANCELLED) {
            return Optional.of("activity.registration.cancelled");
        }
        if (status != ActivityStatus.PUBLISHED) {
            return Optional.of("activity.registration.notPublished");
        }
        if (now.isBefore(registrationOpensAt)) {
            return Optional.of("activity.registration.notYetOpen");
        }
        if (!now.isBefore(registrationClosesAt) || !now.isBefore(startsAt)) {
            return Optional.of("activity.registration.closed");
        }
        return Optional.empty();
    }

    public boolean isOpenForRegistration(Instant now) {
        return registrationRefusal(now).isEmpty();
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(endsAt);
    }

    /** The rules a registrant must meet, besides the segments. */
    public EligibilityCriteria criteria() {
        return new EligibilityCriteria(minimumNeedLevel, null, ageFrom, ageTo, null, null, cities, null);
    }

    /** The title in this language, Arabic when there is no English one. */
    public String title(String language) {
        return "en".equals(language) && titleEn != null ? titleEn : titleAr;
    }

    public String description(String language) {
        return "en".equals(language) && descriptionEn != null ? descriptionEn : descriptionAr;
    }

    public boolean isOnline() {
        return onlineLink != null;
    }

    public UUID getId() {
        return id;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescriptionAr() {
        return descriptionAr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public Instant getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Set<String> getSegmentCodes() {
        return Set.copyOf(segmentCodes);
    }

    public boolean isGivesCertificate() {
        return givesCertificate;
    }

    public boolean isPublicListing() {
        return publicListing;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
