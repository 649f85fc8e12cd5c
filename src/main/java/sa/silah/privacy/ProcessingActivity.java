package sa.silah.privacy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.audit.FieldChange;

/** One entry of the record of processing activities (سجل أنشطة المعالجة). */
@Entity
@Table(name = "processing_activity")
public class ProcessingActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nameAr;

    private String nameEn;

    private String purpose;

    @Enumerated(EnumType.STRING)
    private LegalBasis legalBasis;

    private String dataSubjects;

    @Convert(converter = DataCategories.class)
    private Set<DataCategory> dataCategories;

    private String recipients;

    private String retentionPeriod;

    private boolean transfersAbroad;

    private String transferDestination;

    private String transferSafeguard;

    private String securityMeasures;

    private String ownerDepartment;

    private String ownerPerson;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected ProcessingActivity() {
    }

    ProcessingActivity(ProcessingActivityDetails details, String actor, Instant now) {
        apply(details, actor, now);
    }

    /** Takes checked details and answers what changed, field by field. */
    List<FieldChange> change(ProcessingActivityDetails details, String actor, Instant now) {
        Map<String, String> before = snapshot();
        apply(details, actor, now);
        return changesSince(before);
    }

    private void apply(ProcessingActivityDetails details, String actor, Instant now) {
        nameAr = Texts.clean(details.nameAr());
        nameEn = Texts.clean(details.nameEn());
        purpose = Texts.clean(details.purpose());
        legalBasis = details.legalBasis();
        dataSubjects = Texts.clean(details.dataSubjects());
        dataCategories = DataCategories.copy(details.dataCategories());
        recipients = Texts.clean(details.recipients());
        retentionPeriod = Texts.clean(details.retentionPeriod());
        transfersAbroad = details.transfersAbroad();
        // Where nothing leaves the Kingdom there is no destination or safeguard to keep.
        transferDestination = transfersAbroad ? Texts.clean(details.transferDestination()) : null;
        transferSafeguard = transfersAbroad ? Texts.clean(details.transferSafeguard()) : null;
        securityMeasures = Texts.clean(details.securityMeasures());
        ownerDepartment = Texts.clean(details.ownerDepartment());
        ownerPerson = Texts.clean(details.ownerPerson());
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        updatedBy = actor;
    }

    /** The audited fields as text, in a stable order. */
    private Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nameAr", nameAr);
        fields.put("nameEn", nameEn);
        fields.put("purpose", purpose);
        fields.put("legalBasis", legalBasis == null ? null : legalBasis.name());
        fields.put("dataSubjects", dataSubjects);
        fields.put("dataCategories", dataCategories == null ? null : DataCategories.text(dataCategories));
        fields.put("recipients", recipients);
        fields.put("retentionPeriod", retentionPeriod);
        fields.put("transfersAbroad", String.valueOf(transfersAbroad));
        fields.put("transferDestination", transferDestination);
        fields.put("transferSafeguard", transferSafeguard);
        fields.put("securityMeasures", securityMeasures);
        fields.put("ownerDepartment", ownerDepartment);
        fields.put("ownerPerson", ownerPerson);
        return fields;
    }

    /** Every audited field of a new entry. */
    List<FieldChange> changesSinceNothing() {
        return changesSince(Map.of());
    }

    private List<FieldChange> changesSince(Map<String, String> before) {
        return FieldChange.between(before, snapshot());
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameAr;
    }

    public Long getId() {
        return id;
    }

    public String getNameAr() {
        return nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getPurpose() {
        return purpose;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public String getDataSubjects() {
        return dataSubjects;
    }

    public Set<DataCategory> getDataCategories() {
        return DataCategories.copy(dataCategories);
    }

    public String getRecipients() {
        return recipients;
    }

    public String getRetentionPeriod() {
        return retentionPeriod;
    }

    public boolean isTransfersAbroad() {
        return transfersAbroad;
    }

    public String getTransferDestination() {
        return transferDestination;
    }

    public String getTransferSafeguard() {
        return transferSafeguard;
    }

    public String getSecurityMeasures() {
        return securityMeasures;
    }

    public String getOwnerDepartment() {
        return ownerDepartment;
    }

    public String getOwnerPerson() {
        return ownerPerson;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
