package sa.silah.portal.web;

/** The national ID or registration number of the record a person claims. */
public class PortalClaimForm {

    private String identifier;

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }
}
