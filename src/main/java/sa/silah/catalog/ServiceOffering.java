package sa.silah.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;

import sa.silah.sla.BusinessDuration;

/**
 * A service the association delivers (named so to stay clear of Spring's {@code @Service}; the pages and
 * the API call it a service): which department delivers it, in what standard business time, against which
 * documents and for which segments. A service in use is deactivated, never deleted, so that the requests
 * made for it keep their meaning.
 */
@Entity
@Table(name = "service_offering")
public class ServiceOffering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameAr;

    private String nameEn;

    private String descriptionAr;

    private String descriptionEn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @Convert(converter = BusinessDurationConverter.class)
    @Column(name = "standard_duration_minutes")
    private BusinessDuration standardDuration;

    @ElementCollection
    @CollectionTable(name = "service_required_document", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<RequiredDocument> requiredDocuments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_eligible_segment", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "segment_code")
    private Set<String> eligibleSegments = new HashSet<>();

    private boolean active;

    private boolean publicService;

    private Instant createdAt;

    private String createdBy;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected ServiceOffering() {
    }

    ServiceOffering(ServiceDetails.Checked details, Department department, String actor) {
        this.code = details.code();
        this.createdAt = Instant.now();
        this.createdBy = actor;
        change(details, department, actor);
    }

    /** Replaces everything but the code, which is fixed once created. */
    void change(ServiceDetails.Checked details, Department department, String actor) {
        this.nameAr = details.nameAr();
        this.nameEn = details.nameEn();
        this.descriptionAr = details.descriptionAr();
        this.descriptionEn = details.descriptionEn();
        this.department = department;
        this.standardDuration = details.standardDuration();
        this.requiredDocuments.clear();
        this.requiredDocuments.addAll(details.requiredDocuments());
        this.eligibleSegments.retainAll(details.segmentCodes());
        this.eligibleSegments.addAll(details.segmentCodes());
        this.active = details.active();
        this.publicService = details.publicService();
        touch(actor);
    }

    void deactivate(String actor) {
        if (active) {
            active = false;
            touch(actor);
        }
    }

    private void touch(String actor) {
        this.updatedAt = Instant.now();
        this.updatedBy = actor;
    }

    /** Loads what the pages and the API show, while the transaction is open. */
    ServiceOffering loadDetails() {
        Hibernate.initialize(department);
        Hibernate.initialize(requiredDocuments);
        Hibernate.initialize(eligibleSegments);
        return this;
    }

    ServiceDetails toDetails() {
        return new ServiceDetails(code, nameAr, nameEn, descriptionAr, descriptionEn, department.getCode(),
                standardDuration.toString(), List.copyOf(requiredDocuments), getEligibleSegments(), active,
                publicService);
    }

    /** Whether a beneficiary of these segments may ask for the service: everyone when it names none. */
    public boolean isEligible(Collection<String> segmentCodes) {
        return eligibleSegments.isEmpty() || segmentCodes.stream().anyMatch(eligibleSegments::contains);
    }

    public boolean isForEveryone() {
        return eligibleSegments.isEmpty();
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }

    /** The description in the reader's language, or the other language's when that one is missing. */
    public String description(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String wanted = english ? descriptionEn : descriptionAr;
        return wanted != null ? wanted : english ? descriptionAr : descriptionEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameAr() {
        return nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionAr() {
        return descriptionAr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public Department getDepartment() {
        return department;
    }

    public BusinessDuration getStandardDuration() {
        return standardDuration;
    }

    public List<RequiredDocument> getRequiredDocuments() {
        return List.copyOf(requiredDocuments);
    }

    /** The codes of the segments the service is for, in alphabetical order; empty means everyone. */
    public List<String> getEligibleSegments() {
        return eligibleSegments.stream().sorted().toList();
    }

    public boolean isActive() {
        return active;
    }

    public boolean isPublicService() {
        return publicService;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
