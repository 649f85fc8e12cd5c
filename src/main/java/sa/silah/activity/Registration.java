package sa.silah.activity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One beneficiary's place, or wait for one, in one activity. There is one row per beneficiary and activity: a
 * beneficiary who cancels and registers again takes up the same row, at the back of the queue.
 */
@Entity
@Table(name = "activity_registration")
public class Registration {

    @Id
    private UUID id;

    private UUID activityId;

    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    private RegistrationVia via;

    private Instant registeredAt;

    private String registeredBy;

    private UUID campaignId;

    private Instant promotedAt;

    private Instant cancelledAt;

    private String cancelledBy;

    /** Null until attendance is recorded; then whether the registrant came. */
    private Boolean attended;

    private Instant attendanceRecordedAt;

    private String attendanceRecordedBy;

    private Instant firstAttendedAt;

    private Instant remindedAt;

    private String certificateNumber;

    @Version
    private long version;

    protected Registration() {
    }

    static Registration of(UUID activityId, UUID beneficiaryId, RegistrationStatus status, RegistrationVia via,
            String actor, UUID campaignId, Instant now) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.activityId = activityId;
        registration.beneficiaryId = beneficiaryId;
        registration.enter(status, via, actor, campaignId, now);
        return registration;
    }

    /** Registers again after a cancellation, with a place or on the list as the count allows now. */
    void registerAgain(RegistrationStatus status, RegistrationVia via, String actor, UUID campaignId, Instant now) {
        if (this.status.isActive()) {
            throw new ActivityStateException("activity.registration.already");
        }
        enter(status, via, actor, campaignId, now);
    }

    private void enter(RegistrationStatus status, RegistrationVia via, String actor, UUID campaignId, Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new IllegalArgumentException("a registration begins with a place or on the waiting list");
        }
        this.status = status;
        this.via = via;
        this.registeredBy = actor;
        this.campaignId = campaignId;
        this.registeredAt = now.truncatedTo(ChronoUnit.MICROS);
        this.promotedAt = null;
        this.cancelledAt = null;
        this.cancelledBy = null;
        this.remindedAt = null;
    }

    /** Gives up the place or the wait; answers whether a place was freed for the next on the list. */
    boolean cancel(String actor, Instant now) {
        if (!status.isActive()) {
            throw new ActivityStateException("activity.registration.alreadyCancelled");
        }
        boolean heldAPlace = status == RegistrationStatus.REGISTERED;
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now.truncatedTo(ChronoUnit.MICROS);
        cancelledBy = actor;
        return heldAPlace;
    }

    /** Moves from the waiting list into a freed place. */
    void promote(Instant now) {
        if (status != RegistrationStatus.WAITLISTED) {
            throw new ActivityStateException("activity.registration.notWaiting");
        }
        status = RegistrationStatus.REGISTERED;
        promotedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Records whether the registrant came, once the activity has begun: only a registrant holding a place can have
     * come, and a cancelled activity took place for nobody. Answers whether the registrant became an attendee now
     * for the first time — a correction back and forth announces nobody twice — which is what the survey follows.
     */
    boolean recordAttendance(Activity activity, boolean came, String actor, Instant now) {
        if (activity.getStatus() == ActivityStatus.CANCELLED) {
            throw new ActivityStateException("activity.cancelled");
        }
        if (now.isBefore(activity.getStartsAt())) {
            throw new ActivityStateException("activity.attendance.notStarted");
        }
        if (status != RegistrationStatus.REGISTERED) {
            throw new ActivityStateException("activity.attendance.notRegistered");
        }
        boolean firstTime = came && firstAttendedAt == null;
        attended = came;
        attendanceRecordedAt = now.truncatedTo(ChronoUnit.MICROS);
        attendanceRecordedBy = actor;
        if (firstTime) {
            firstAttendedAt = attendanceRecordedAt;
        }
        return firstTime;
    }

    public boolean isAttended() {
        return Boolean.TRUE.equals(attended);
    }

    /** Whether attendance was recorded at all, present or absent. */
    public boolean isAttendanceRecorded() {
        return attended != null;
    }

    /** Gives the certificate its number the first time it is asked for; the number never changes afterwards. */
    String certificateNumber(Supplier<String> newNumber) {
        if (!isAttended()) {
            throw new ActivityStateException("activity.certificate.notAttended");
        }
        if (certificateNumber == null) {
            certificateNumber = newNumber.get();
        }
        return certificateNumber;
    }

    public UUID getId() {
        return id;
    }

    public UUID getActivityId() {
        return activityId;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public RegistrationVia getVia() {
        return via;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public UUID getCampaignId() {
        return campaignId;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public Instant getAttendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    public String getAttendanceRecordedBy() {
        return attendanceRecordedBy;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }
}
