package sa.silah.beneficiary;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import sa.silah.shared.PersonalIdentifiers;

/**
 * A member of a household (أسرة) headed by a beneficiary. A member may also be a beneficiary in their own
 * right, in which case {@code memberBeneficiaryId} links to that record.
 */
@Entity
@Table(name = "household_member")
public class HouseholdMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fullName;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    private LocalDate birthDate;

    private String nationalId;

    private boolean dependent;

    private UUID memberBeneficiaryId;

    protected HouseholdMember() {
    }

    HouseholdMember(String fullName, Relation relation, LocalDate birthDate, NationalId nationalId, boolean dependent,
            UUID memberBeneficiaryId) {
        this.fullName = fullName;
        this.relation = relation;
        this.birthDate = birthDate;
        this.nationalId = nationalId == null ? null : nationalId.value();
        this.dependent = dependent;
        this.memberBeneficiaryId = memberBeneficiaryId;
    }

    /** Keeps the relation and whether the member is a dependent, which the statistics count. */
    void anonymise() {
        fullName = PersonalIdentifiers.ERASED;
        birthDate = null;
        nationalId = null;
        memberBeneficiaryId = null;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public Relation getRelation() {
        return relation;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getNationalId() {
        return nationalId;
    }

    public boolean isDependent() {
        return dependent;
    }

    public UUID getMemberBeneficiaryId() {
        return memberBeneficiaryId;
    }

    String describe() {
        return fullName + " (" + relation + ")";
    }
}
