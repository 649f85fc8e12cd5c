package sa.silah.beneficiary.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.Consent;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.beneficiary.Gender;
import sa.silah.beneficiary.HouseholdMember;
import sa.silah.beneficiary.OrganizationType;
import sa.silah.beneficiary.Relation;
import sa.silah.beneficiary.Representative;
import sa.silah.shared.Channel;

/**
 * A beneficiary as the API shows it. Lists leave out the household, representatives and consents; a single
 * record carries them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BeneficiaryResponse(UUID id, BeneficiaryType type, String fullName, String latinName, String nationalId,
        Gender gender, LocalDate birthDate, String nationality, String city, OrganizationType organizationType,
        String registrationNumber, String contactPerson, String mobile, String email, ContactChannel preferredChannel,
        String language, Set<ContactChannel> optOuts, List<String> segments, Integer householdSize, Long dependents, List<Member> householdMembers,
        List<Agent> representatives, List<ConsentRecord> consents, Instant createdAt, Instant updatedAt,
        long version, boolean anonymised, Instant anonymisedAt, boolean legalHold, String legalHoldReason) {

    record Member(Long id, String fullName, Relation relation, LocalDate birthDate, String nationalId,
            boolean dependent, UUID beneficiaryId) {

        static Member of(HouseholdMember member) {
            return new Member(member.getId(), member.getFullName(), member.getRelation(), member.getBirthDate(),
                    member.getNationalId(), member.isDependent(), member.getMemberBeneficiaryId());
        }
    }

    record Agent(Long id, String fullName, String title, String mobile, String email) {

        static Agent of(Representative representative) {
            return new Agent(representative.getId(), representative.getFullName(), representative.getTitle(),
                    representative.getMobile(), representative.getEmail());
        }
    }

    record ConsentRecord(Long id, ConsentPurpose purpose, Channel channel, Instant givenAt, Instant withdrawnAt,
            Integer privacyNoticeVersion) {

        static ConsentRecord of(Consent consent) {
            return new ConsentRecord(consent.getId(), consent.getPurpose(), consent.getChannel(), consent.getGivenAt(),
                    consent.getWithdrawnAt(), consent.getPrivacyNoticeVersion());
        }
    }

    static BeneficiaryResponse summary(Beneficiary b) {
        return new BeneficiaryResponse(b.getId(), b.getType(), b.getFullName(), b.getLatinName(), b.getNationalId(),
                b.getGender(), b.getBirthDate(), b.getNationality(), b.getCity(), b.getOrganizationType(),
                b.getRegistrationNumber(), b.getContactPerson(), b.getMobile(), b.getEmail(),
                b.getPreferredChannel(), b.getLanguage(), b.getOptOuts(), b.segmentCodes(), null, null, null, null, null, b.getCreatedAt(),
                b.getUpdatedAt(), b.getVersion(), b.isAnonymised(), b.getAnonymisedAt(), b.isUnderLegalHold(),
                b.getLegalHoldReason());
    }

    static BeneficiaryResponse full(Beneficiary b) {
        return new BeneficiaryResponse(b.getId(), b.getType(), b.getFullName(), b.getLatinName(), b.getNationalId(),
                b.getGender(), b.getBirthDate(), b.getNationality(), b.getCity(), b.getOrganizationType(),
                b.getRegistrationNumber(), b.getContactPerson(), b.getMobile(), b.getEmail(),
                b.getPreferredChannel(), b.getLanguage(), b.getOptOuts(), b.segmentCodes(), b.isIndividual() ? b.householdSize() : null,
                b.isIndividual() ? b.dependents() : null,
                b.getHouseholdMembers().stream().map(Member::of).toList(),
                b.getRepresentatives().stream().map(Agent::of).toList(),
                b.getConsents().stream().map(ConsentRecord::of).toList(), b.getCreatedAt(), b.getUpdatedAt(),
                b.getVersion(), b.isAnonymised(), b.getAnonymisedAt(), b.isUnderLegalHold(), b.getLegalHoldReason());
    }
}
