package sa.silah.portal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The association as the public site presents it: its name, logo, introduction and contact details. One row. */
@Entity
@Table(name = "site_settings")
public class SiteSettings {

    static final int ONLY_ROW = 1;

    @Id
    private Integer id;

    private String nameAr;

    private String nameEn;

    private String introductionAr;

    private String introductionEn;

    private String phone;

    private String email;

    private String addressAr;

    private String addressEn;

    private byte[] logo;

    private String logoType;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected SiteSettings() {
    }

    void change(SiteDetails details, String actor, Instant now) {
        nameAr = details.nameAr().strip();
        nameEn = blankToNull(details.nameEn());
        introductionAr = blankToNull(details.introductionAr());
        introductionEn = blankToNull(details.introductionEn());
        phone = blankToNull(details.phone());
        email = blankToNull(details.email());
        addressAr = blankToNull(details.addressAr());
        addressEn = blankToNull(details.addressEn());
        updatedAt = now;
        updatedBy = actor;
    }

    void changeLogo(byte[] image, SiteLogo.Type type, String actor, Instant now) {
        logo = image;
        logoType = type.name();
        updatedAt = now;
        updatedBy = actor;
    }

    public SiteDetails details() {
        return new SiteDetails(nameAr, nameEn, introductionAr, introductionEn, phone, email, addressAr, addressEn);
    }

    /** The name in the reader's language, Arabic when there is no English one. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameAr;
    }

    public String introduction(Locale locale) {
        return "en".equals(locale.getLanguage()) && introductionEn != null ? introductionEn : introductionAr;
    }

    public String address(Locale locale) {
        return "en".equals(locale.getLanguage()) && addressEn != null ? addressEn : addressAr;
    }

    public boolean hasLogo() {
        return logo != null;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public long getVersion() {
        return version;
    }

    byte[] getLogo() {
        return logo;
    }

    String getLogoType() {
        return logoType;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
