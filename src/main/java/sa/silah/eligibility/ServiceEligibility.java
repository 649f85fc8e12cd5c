package sa.silah.eligibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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

import sa.silah.assessment.NeedLevel;

/** The eligibility rules of one service, by the service's id; a service without a row states no rules. */
@Entity
@Table(name = "service_eligibility")
class ServiceEligibility {

    @Id
    private Long serviceId;

    @Enumerated(EnumType.STRING)
    private NeedLevel minimumNeedLevel;

    private BigDecimal maximumIncomePerMember;

    private Integer ageFrom;

    private Integer ageTo;

    private Integer householdFrom;

    private Integer householdTo;

    @ElementCollection
    @CollectionTable(name = "service_eligibility_city", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @Column(name = "city")
    private List<String> cities = new ArrayList<>();

    @Column(name = "not_received_months")
    private Integer notReceivedWithinMonths;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected ServiceEligibility() {
    }

    ServiceEligibility(long serviceId) {
        this.serviceId = serviceId;
    }

    /** Replaces every rule with checked criteria. */
    void change(EligibilityCriteria criteria, String actor, Instant now) {
        criteria.check();
        minimumNeedLevel = criteria.minimumNeedLevel();
        maximumIncomePerMember = criteria.maximumIncomePerMember();
        ageFrom = criteria.ageFrom();
        ageTo = criteria.ageTo();
        householdFrom = criteria.householdFrom();
        householdTo = criteria.householdTo();
        cities.clear();
        cities.addAll(criteria.cities());
        notReceivedWithinMonths = criteria.notReceivedWithinMonths();
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        updatedBy = actor;
    }

    EligibilityCriteria criteria() {
        return new EligibilityCriteria(minimumNeedLevel, maximumIncomePerMember == null ? null
                : maximumIncomePerMember.stripTrailingZeros(), ageFrom, ageTo, householdFrom, householdTo, cities,
                notReceivedWithinMonths);
    }

    Long getServiceId() {
        return serviceId;
    }
}
