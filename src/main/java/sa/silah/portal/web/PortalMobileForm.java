package sa.silah.portal.web;

/** A mobile to send a code to. */
public class PortalMobileForm {

    private String mobile;

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }
}
