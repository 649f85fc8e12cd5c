package sa.silah.eligibility;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import sa.silah.shared.PersonalIdentifiers;

/**
 * An officer's exception to a "not eligible" decision: who, for whom, for which service, why, which rules were not
 * met, and the request it opened. Written once; an erasure blanks the reason, which may name the person.
 */
@Entity
@Table(name = "eligibility_override")
public class EligibilityOverride {

    static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID beneficiaryId;

    private long serviceId;

    private String officer;

    private String reason;

    private String failedRules;

    private Instant overriddenAt;

    private String requestReference;

    protected EligibilityOverride() {
    }

    EligibilityOverride(UUID beneficiaryId, long serviceId, String officer, String reason,
            List<EligibilityRule> failed, Instant now, String requestReference) {
        this.beneficiaryId = beneficiaryId;
        this.serviceId = serviceId;
        this.officer = officer;
        this.reason = reason;
        this.failedRules = failed.stream().map(Enum::name).collect(Collectors.joining(","));
        this.overriddenAt = now.truncatedTo(ChronoUnit.MICROS);
        this.requestReference = requestReference;
    }

    void forget() {
        reason = PersonalIdentifiers.ERASED;
    }

    public Long getId() {
        return id;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public long getServiceId() {
        return serviceId;
    }

    public String getOfficer() {
        return officer;
    }

    public String getReason() {
        return reason;
    }

    public List<EligibilityRule> getFailedRules() {
        return failedRules.isEmpty() ? List.of()
                : java.util.Arrays.stream(failedRules.split(",")).map(EligibilityRule::valueOf).toList();
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }

    public String getRequestReference() {
        return requestReference;
    }
}
