package sa.silah.portal.web;

/** The code a person received. */
public class PortalCodeForm {

    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
