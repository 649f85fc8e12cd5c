package sa.silah.portal;

import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.OrganizationType;

/**
 * What a person whose mobile is not on file says to register themselves (or their organisation) in the portal.
 *
 * @param identifier the national ID or Iqama of a person, the registration number of an organisation
 * @param consent agrees to the processing of their data to deliver the association's services
 */
public record AccountRegistration(BeneficiaryType type, String fullName, String identifier,
        OrganizationType organizationType, String segment, String city, String email, boolean consent) {
}
