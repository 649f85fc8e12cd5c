package sa.silah.governance;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A policy of the association (سياسة): its code, title, owner and how often it is reviewed. Its text is in versions. */
@Entity
@Table(name = "policy")
public class Policy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String titleAr;

    private String titleEn;

    private String ownerUsername;

    private int reviewIntervalMonths;

    private Instant createdAt;

    @Version
    private long version;

    protected Policy() {
    }

    Policy(String code, String titleAr, String titleEn, String ownerUsername, int reviewIntervalMonths, Instant now) {
        this.code = code;
        this.titleAr = titleAr;
        this.titleEn = titleEn;
        this.ownerUsername = ownerUsername;
        this.reviewIntervalMonths = reviewIntervalMonths;
        this.createdAt = now;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleAr;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public int getReviewIntervalMonths() {
        return reviewIntervalMonths;
    }
}
