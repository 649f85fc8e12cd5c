package sa.silah.beneficiary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;

import sa.silah.audit.FieldChange;
import sa.silah.shared.ArabicText;
import sa.silah.shared.Channel;
import sa.silah.shared.PersonalIdentifiers;
import sa.silah.shared.RecordNotFoundException;

/**
 * A beneficiary (مستفيد): a person or an organisation, known once. The aggregate keeps its normalised
 * search name in step with its names, and reports every change as field changes for the audit trail.
 */
@Entity
@Table(name = "beneficiary")
public class Beneficiary {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private BeneficiaryType type;

    private String fullName;

    private String latinName;

    private String searchName;

    private String nationalId;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private LocalDate birthDate;

    private String nationality;

    private String city;

    @Enumerated(EnumType.STRING)
    private OrganizationType organizationType;

    private String registrationNumber;

    private String contactPerson;

    private String mobile;

    private String email;

    @Enumerated(EnumType.STRING)
    private ContactChannel preferredChannel;

    private String language = "ar";

    private boolean optOutSms;

    private boolean optOutWhatsapp;

    private boolean optOutEmail;

    @ManyToMany
    @JoinTable(name = "beneficiary_segment", joinColumns = @JoinColumn(name = "beneficiary_id"),
            inverseJoinColumns = @JoinColumn(name = "segment_id"))
    private Set<Segment> segments = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "head_id", nullable = false)
    @OrderBy("id")
    private List<HouseholdMember> householdMembers = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "organization_id", nullable = false)
    @OrderBy("id")
    private List<Representative> representatives = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "beneficiary_id", nullable = false)
    @OrderBy("givenAt desc, id desc")
    private List<Consent> consents = new ArrayList<>();

    private String legalHoldReason;

    private String legalHoldBy;

    private Instant legalHoldAt;

    private Instant anonymisedAt;

    private Instant createdAt;

    private String createdBy;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected Beneficiary() {
    }

    static Beneficiary register(BeneficiaryDetails.Checked details, Set<Segment> segments, String actor) {
        Beneficiary beneficiary = new Beneficiary();
        beneficiary.id = UUID.randomUUID();
        beneficiary.createdAt = Instant.now();
        beneficiary.createdBy = actor;
        beneficiary.apply(details, segments, actor);
        return beneficiary;
    }

    /** Applies new details and answers what changed, field by field. */
    List<FieldChange> update(BeneficiaryDetails.Checked details, Set<Segment> segments, String actor) {
        Map<String, String> before = snapshot();
        apply(details, segments, actor);
        return changesSince(before);
    }

    private void apply(BeneficiaryDetails.Checked details, Set<Segment> newSegments, String actor) {
        type = details.type();
        fullName = details.fullName();
        latinName = details.latinName();
        searchName = ArabicText.normalize(latinName == null ? fullName : fullName + " " + latinName);
        nationalId = details.nationalId() == null ? null : details.nationalId().value();
        gender = details.gender();
        birthDate = details.birthDate();
        nationality = details.nationality();
        city = details.city();
        organizationType = details.organizationType();
        registrationNumber = details.registrationNumber();
        contactPerson = details.contactPerson();
        mobile = details.mobile() == null ? null : details.mobile().e164();
        email = details.email();
        preferredChannel = details.preferredChannel();
        language = details.language();
        optOutSms = details.optOuts().contains(ContactChannel.SMS);
        optOutWhatsapp = details.optOuts().contains(ContactChannel.WHATSAPP);
        optOutEmail = details.optOuts().contains(ContactChannel.EMAIL);
        segments.clear();
        segments.addAll(newSegments);
        updatedAt = Instant.now();
        updatedBy = actor;
    }

    /** The audited fields as text, in a stable order. */
    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", text(type));
        fields.put("fullName", fullName);
        fields.put("latinName", latinName);
        fields.put("nationalId", nationalId);
        fields.put("gender", text(gender));
        fields.put("birthDate", text(birthDate));
        fields.put("nationality", nationality);
        fields.put("city", city);
        fields.put("organizationType", text(organizationType));
        fields.put("registrationNumber", registrationNumber);
        fields.put("contactPerson", contactPerson);
        fields.put("mobile", mobile);
        fields.put("email", email);
        fields.put("preferredChannel", text(preferredChannel));
        fields.put("language", language);
        fields.put("optOuts", getOptOuts().isEmpty() ? null
                : getOptOuts().stream().map(ContactChannel::name).collect(Collectors.joining(",")));
        fields.put("segments", segmentCodes().isEmpty() ? null : String.join(",", segmentCodes()));
        return fields;
    }

    List<FieldChange> changesSince(Map<String, String> before) {
        return FieldChange.between(before, snapshot());
    }

    FieldChange addHouseholdMember(HouseholdMember member) {
        householdMembers.add(member);
        updatedAt = Instant.now();
        return new FieldChange("householdMember", null, member.describe());
    }

    FieldChange removeHouseholdMember(long memberId) {
        HouseholdMember member = householdMembers.stream().filter(m -> m.getId() == memberId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("household member", memberId));
        householdMembers.remove(member);
        updatedAt = Instant.now();
        return new FieldChange("householdMember", member.describe(), null);
    }

    FieldChange addRepresentative(Representative representative) {
        representatives.add(representative);
        updatedAt = Instant.now();
        return new FieldChange("representative", null, representative.describe());
    }

    FieldChange removeRepresentative(long representativeId) {
        Representative representative = representatives.stream().filter(r -> r.getId() == representativeId)
                .findFirst().orElseThrow(() -> new RecordNotFoundException("representative", representativeId));
        representatives.remove(representative);
        updatedAt = Instant.now();
        return new FieldChange("representative", representative.describe(), null);
    }

    FieldChange recordConsent(ConsentPurpose purpose, Channel channel, String actor, Integer privacyNoticeVersion) {
        consents.add(Consent.given(purpose, channel, Instant.now(), actor, privacyNoticeVersion));
        return new FieldChange("consent." + purpose, null, "GIVEN via " + channel + notice(privacyNoticeVersion));
    }

    /**
     * Stops processing for a purpose: every active consent to it is withdrawn, or, with none on record at all, an
     * objection is recorded. Empty when processing had stopped already.
     */
    Optional<FieldChange> withdrawConsent(ConsentPurpose purpose, Channel channel, String actor,
            Integer privacyNoticeVersion) {
        Instant now = Instant.now();
        List<Consent> active = consents.stream().filter(c -> c.getPurpose() == purpose && c.isActive()).toList();
        if (!active.isEmpty()) {
            active.forEach(consent -> consent.withdraw(now, actor));
            return Optional.of(new FieldChange("consent." + purpose, "GIVEN", "WITHDRAWN via " + channel));
        }
        if (consents.stream().noneMatch(c -> c.getPurpose() == purpose)) {
            consents.add(Consent.objection(purpose, channel, now, actor, privacyNoticeVersion));
            return Optional.of(new FieldChange("consent." + purpose, null,
                    "OBJECTED via " + channel + notice(privacyNoticeVersion)));
        }
        return Optional.empty();
    }

    private static String notice(Integer privacyNoticeVersion) {
        return privacyNoticeVersion == null ? "" : " (privacy notice v" + privacyNoticeVersion + ")";
    }

    FieldChange withdrawConsent(long consentId, String actor) {
        Consent consent = consents.stream().filter(c -> c.getId() == consentId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("consent", consentId));
        consent.withdraw(Instant.now(), actor);
        return new FieldChange("consent." + consent.getPurpose(), "GIVEN", "WITHDRAWN");
    }

    /** Keeps the record from erasure, by a request or a retention rule, while a dispute or an audit needs it. */
    FieldChange placeLegalHold(String reason, String actor, Instant at) {
        String before = legalHoldReason;
        legalHoldReason = reason;
        legalHoldBy = actor;
        legalHoldAt = at;
        return new FieldChange("legalHold", before, reason);
    }

    FieldChange releaseLegalHold() {
        String before = legalHoldReason;
        legalHoldReason = null;
        legalHoldBy = null;
        legalHoldAt = null;
        return new FieldChange("legalHold", before, null);
    }

    /** What identifies the person, their household and representatives, before they are forgotten. */
    public PersonalIdentifiers identifiers() {
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> mobiles = new HashSet<>();
        Set<String> emails = new HashSet<>();
        names.addAll(Arrays.asList(fullName, latinName, contactPerson));
        numbers.addAll(Arrays.asList(nationalId, registrationNumber));
        mobiles.add(mobile);
        emails.add(email);
        householdMembers.forEach(member -> {
            names.add(member.getFullName());
            numbers.add(member.getNationalId());
        });
        representatives.forEach(representative -> {
            names.add(representative.getFullName());
            mobiles.add(representative.getMobile());
            emails.add(representative.getEmail());
        });
        names.remove(PersonalIdentifiers.ERASED);
        return new PersonalIdentifiers(id, names, numbers, mobiles, emails);
    }

    /**
     * Forgets who the person is and keeps what the statistics count: the type, gender, nationality, city, segments,
     * the household's relations and dependents, the consents given and withdrawn, and the dates of the record.
     */
    FieldChange anonymise(Instant at, String actor) {
        if (isUnderLegalHold()) {
            throw new LegalHoldException(id, legalHoldReason);
        }
        fullName = PersonalIdentifiers.ERASED;
        latinName = null;
        searchName = "";
        nationalId = null;
        birthDate = null;
        registrationNumber = null;
        contactPerson = null;
        mobile = null;
        email = null;
        preferredChannel = null;
        householdMembers.forEach(HouseholdMember::anonymise);
        representatives.forEach(Representative::anonymise);
        anonymisedAt = at.truncatedTo(ChronoUnit.MICROS);
        updatedAt = at;
        updatedBy = actor;
        return new FieldChange("record", null, "ANONYMISED");
    }

    public boolean isUnderLegalHold() {
        return legalHoldReason != null;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** Loads the collections a page or an API answer shows, while the transaction is still open. */
    void loadAssociations() {
        loadSegments();
        Hibernate.initialize(householdMembers);
        Hibernate.initialize(representatives);
        Hibernate.initialize(consents);
    }

    void loadSegments() {
        Hibernate.initialize(segments);
    }

    /** The details as they stand, for an edit form or a partial update. */
    public BeneficiaryDetails toDetails() {
        return new BeneficiaryDetails(type, fullName, latinName, nationalId, gender, birthDate, nationality, city,
                organizationType, registrationNumber, contactPerson, mobile, email, preferredChannel,
                segmentCodes(), language, getOptOuts());
    }

    public boolean isIndividual() {
        return type == BeneficiaryType.INDIVIDUAL;
    }

    /** The head and every recorded member. */
    public int householdSize() {
        return isIndividual() ? 1 + householdMembers.size() : 0;
    }

    public long dependents() {
        return householdMembers.stream().filter(HouseholdMember::isDependent).count();
    }

    public boolean hasActiveConsent(ConsentPurpose purpose) {
        return consents.stream().anyMatch(consent -> consent.getPurpose() == purpose && consent.isActive());
    }

    /**
     * Whether the association may process this beneficiary's data for the purpose: with a consent in force, or,
     * for a purpose that needs no opt-in, unless the beneficiary withdrew (a record for the purpose and none
     * active). See {@link ConsentPurpose} for the basis of each purpose.
     */
    public boolean mayProcessFor(ConsentPurpose purpose) {
        if (hasActiveConsent(purpose)) {
            return true;
        }
        return !purpose.needsOptIn() && latestConsent(purpose).isEmpty();
    }

    /** The most recent record for the purpose, given, withdrawn or an objection; one not yet stored is newest. */
    public Optional<Consent> latestConsent(ConsentPurpose purpose) {
        return consents.stream().filter(consent -> consent.getPurpose() == purpose)
                .sorted(Comparator.comparing(Consent::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .reduce((earlier, later) -> later);
    }

    public List<String> segmentCodes() {
        return segments.stream().sorted(Comparator.comparingInt(Segment::getSortOrder).thenComparing(Segment::getCode))
                .map(Segment::getCode).collect(Collectors.toList());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public UUID getId() {
        return id;
    }

    public BeneficiaryType getType() {
        return type;
    }

    public String getFullName() {
        return fullName;
    }

    public String getLatinName() {
        return latinName;
    }

    public String getNationalId() {
        return nationalId;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getNationality() {
        return nationality;
    }

    public String getCity() {
        return city;
    }

    public OrganizationType getOrganizationType() {
        return organizationType;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public ContactChannel getPreferredChannel() {
        return preferredChannel;
    }

    /** The language messages to this beneficiary are written in: {@code ar} or {@code en}. */
    public String getLanguage() {
        return language;
    }

    /** The channels the beneficiary asked not to be messaged on, in a stable order. */
    public Set<ContactChannel> getOptOuts() {
        Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
        if (optOutSms) {
            channels.add(ContactChannel.SMS);
        }
        if (optOutWhatsapp) {
            channels.add(ContactChannel.WHATSAPP);
        }
        if (optOutEmail) {
            channels.add(ContactChannel.EMAIL);
        }
        return channels;
    }

    public List<Segment> getSegments() {
        return segments.stream()
                .sorted(Comparator.comparingInt(Segment::getSortOrder).thenComparing(Segment::getCode)).toList();
    }

    public List<HouseholdMember> getHouseholdMembers() {
        return List.copyOf(householdMembers);
    }

    public List<Representative> getRepresentatives() {
        return List.copyOf(representatives);
    }

    public List<Consent> getConsents() {
        return List.copyOf(consents);
    }

    public String getLegalHoldReason() {
        return legalHoldReason;
    }

    public String getLegalHoldBy() {
        return legalHoldBy;
    }

    public Instant getLegalHoldAt() {
        return legalHoldAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
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
