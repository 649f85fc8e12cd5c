package sa.silah.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.audit.FieldChange;

/**
 * One entry of the breach register (سجل حوادث تسرّب البيانات). A breach that may cause harm must be notified to the
 * competent authority (SDAIA) within 72 hours of its discovery; the register shows that clock, and a breach is closed
 * only once contained and once the authority was notified or the reason it need not be is recorded.
 */
@Entity
@Table(name = "personal_data_breach")
public class Breach {

    /** The time the PDPL allows between discovering a breach and notifying the authority. */
    public static final Duration NOTIFICATION_PERIOD = Duration.ofHours(72);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int referenceYear;

    private int referenceSequence;

    private Instant discoveredAt;

    private Instant occurredAt;

    private String description;

    @Convert(converter = DataCategories.class)
    private Set<DataCategory> dataCategories;

    private int affectedCount;

    @Enumerated(EnumType.STRING)
    private BreachRiskLevel riskLevel;

    private String containmentActions;

    private Instant authorityNotifiedAt;

    private String authorityReference;

    private Instant peopleNotifiedAt;

    private String notRequiredReason;

    @Enumerated(EnumType.STRING)
    private BreachStatus status;

    private Instant recordedAt;

    private String recordedBy;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected Breach() {
    }

    /** A newly discovered breach, numbered {@code sequence} within {@code year}; open until contained. */
    Breach(int year, int sequence, BreachDetails details, String actor, Instant now) {
        referenceYear = year;
        referenceSequence = sequence;
        status = BreachStatus.OPEN;
        recordedAt = micros(now);
        recordedBy = actor;
        apply(details, actor, now);
    }

    /** The deadline for notifying the authority: 72 hours after discovery. */
    public Instant notificationDeadline() {
        return discoveredAt.plus(NOTIFICATION_PERIOD);
    }

    /** Where the breach stands against its deadline at {@code now}. */
    public BreachClock clock(Instant now) {
        return BreachClock.at(notificationDeadline(), authorityNotifiedAt, notRequiredReason != null, micros(now));
    }

    /** Takes checked details and answers what changed; a closed breach stays as it was closed. */
    List<FieldChange> change(BreachDetails details, String actor, Instant now) {
        refuseIfClosed();
        Map<String, String> before = snapshot();
        apply(details, actor, now);
        return changesSince(before);
    }

    /** Records who was told and when, replacing what was recorded before; checked against the discovery. */
    List<FieldChange> recordNotification(BreachNotification notification, String actor, Instant now) {
        refuseIfClosed();
        notification.check(discoveredAt, now);
        Map<String, String> before = snapshot();
        authorityNotifiedAt = micros(notification.authorityNotifiedAt());
        authorityReference = Texts.clean(notification.authorityReference());
        peopleNotifiedAt = micros(notification.peopleNotifiedAt());
        notRequiredReason = Texts.clean(notification.notRequiredReason());
        touch(actor, now);
        return changesSince(before);
    }

    /** The breach no longer spreads: only an open breach, and only once the actions that stopped it are written. */
    FieldChange contain(String actor, Instant now) {
        if (status != BreachStatus.OPEN) {
            throw new BreachTransitionException(status, BreachStatus.CONTAINED, "privacy.breach.notOpen");
        }
        if (containmentActions == null) {
            throw new BreachTransitionException(status, BreachStatus.CONTAINED, "privacy.breach.containNeedsActions");
        }
        return moveTo(BreachStatus.CONTAINED, actor, now);
    }

    /**
     * The breach is dealt with: only a contained breach, and only once the authority was notified or the reason it
     * need not be is recorded — closing must not hide a notification never made.
     */
    FieldChange close(String actor, Instant now) {
        if (status != BreachStatus.CONTAINED) {
            throw new BreachTransitionException(status, BreachStatus.CLOSED, "privacy.breach.notContained");
        }
        if (authorityNotifiedAt == null && notRequiredReason == null) {
            throw new BreachTransitionException(status, BreachStatus.CLOSED, "privacy.breach.closeNeedsNotification");
        }
        return moveTo(BreachStatus.CLOSED, actor, now);
    }

    private FieldChange moveTo(BreachStatus next, String actor, Instant now) {
        FieldChange change = new FieldChange("status", status.name(), next.name());
        status = next;
        touch(actor, now);
        return change;
    }

    private void refuseIfClosed() {
        if (status == BreachStatus.CLOSED) {
            throw new BreachTransitionException(status, status, "privacy.breach.closed");
        }
    }

    private void apply(BreachDetails details, String actor, Instant now) {
        discoveredAt = micros(details.discoveredAt());
        occurredAt = micros(details.occurredAt());
        description = Texts.clean(details.description());
        dataCategories = DataCategories.copy(details.dataCategories());
        affectedCount = details.affectedCount();
        riskLevel = details.riskLevel();
        containmentActions = Texts.clean(details.containmentActions());
        touch(actor, now);
    }

    private void touch(String actor, Instant now) {
        updatedAt = micros(now);
        updatedBy = actor;
    }

    /** PostgreSQL keeps microseconds: what is compared after a reload must be what was stored. */
    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("discoveredAt", text(discoveredAt));
        fields.put("occurredAt", text(occurredAt));
        fields.put("description", description);
        fields.put("dataCategories", dataCategories == null ? null : DataCategories.text(dataCategories));
        fields.put("affectedCount", String.valueOf(affectedCount));
        fields.put("riskLevel", riskLevel == null ? null : riskLevel.name());
        fields.put("containmentActions", containmentActions);
        fields.put("authorityNotifiedAt", text(authorityNotifiedAt));
        fields.put("authorityReference", authorityReference);
        fields.put("peopleNotifiedAt", text(peopleNotifiedAt));
        fields.put("notRequiredReason", notRequiredReason);
        return fields;
    }

    /** Every audited field of a new breach. */
    List<FieldChange> changesSinceNothing() {
        return changesSince(Map.of());
    }

    private List<FieldChange> changesSince(Map<String, String> before) {
        return FieldChange.between(before, snapshot());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** The number staff and the authority quote, such as {@code BR-2026-0003}. */
    public String getReference() {
        return "BR-%d-%04d".formatted(referenceYear, referenceSequence);
    }

    public Long getId() {
        return id;
    }

    public Instant getDiscoveredAt() {
        return discoveredAt;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDescription() {
        return description;
    }

    public Set<DataCategory> getDataCategories() {
        return DataCategories.copy(dataCategories);
    }

    public int getAffectedCount() {
        return affectedCount;
    }

    public BreachRiskLevel getRiskLevel() {
        return riskLevel;
    }

    public String getContainmentActions() {
        return containmentActions;
    }

    public Instant getAuthorityNotifiedAt() {
        return authorityNotifiedAt;
    }

    public String getAuthorityReference() {
        return authorityReference;
    }

    public Instant getPeopleNotifiedAt() {
        return peopleNotifiedAt;
    }

    public String getNotRequiredReason() {
        return notRequiredReason;
    }

    public BreachStatus getStatus() {
        return status;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
