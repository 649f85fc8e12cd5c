package sa.silah.satisfaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * You said, we did (قلتم فعملنا): something the association changed because of what beneficiaries told it,
 * listed on the public site so that they see their feedback acted on.
 */
@Entity
@Table(name = "improvement")
public class Improvement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String textAr;

    private String textEn;

    private LocalDate madeOn;

    private Long serviceId;

    private Instant createdAt;

    private String createdBy;

    @Version
    private long version;

    protected Improvement() {
    }

    Improvement(ImprovementDetails details, String actor, Instant now) {
        this.createdAt = now;
        this.createdBy = actor;
        change(details);
    }

    /** Takes checked details. */
    void change(ImprovementDetails details) {
        this.textAr = details.textAr().strip();
        this.textEn = details.textEn().strip();
        this.madeOn = details.madeOn();
        this.serviceId = details.serviceId();
    }

    public ImprovementDetails details() {
        return new ImprovementDetails(textAr, textEn, madeOn, serviceId);
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textAr;
    }

    public Long getId() {
        return id;
    }

    public String getTextAr() {
        return textAr;
    }

    public String getTextEn() {
        return textEn;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
