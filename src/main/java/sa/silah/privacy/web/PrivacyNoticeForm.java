package sa.silah.privacy.web;

/** A new version of the privacy notice as the administrator types it. */
public class PrivacyNoticeForm {

    private String textAr;

    private String textEn;

    public String getTextAr() {
        return textAr;
    }

    public void setTextAr(String textAr) {
        this.textAr = textAr;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }
}
