package sa.silah.portal.web;

import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.OrganizationType;

/** A person registering themselves or their organisation in the portal. */
public class PortalRegistrationForm {

    private BeneficiaryType type = BeneficiaryType.INDIVIDUAL;
    private String fullName;
    private String identifier;
    private OrganizationType organizationType;
    private String segment;
    private String city;
    private String email;
    private boolean consent;

    public BeneficiaryType getType() {
        return type;
    }

    public void setType(BeneficiaryType type) {
        this.type = type;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public OrganizationType getOrganizationType() {
        return organizationType;
    }

    public void setOrganizationType(OrganizationType organizationType) {
        this.organizationType = organizationType;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
