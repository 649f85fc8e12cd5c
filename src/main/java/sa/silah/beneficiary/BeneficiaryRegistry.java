package sa.silah.beneficiary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.audit.FieldChange;
import sa.silah.audit.PersonalDataAccessed;
import sa.silah.audit.RecordChanged;
import sa.silah.shared.ArabicText;
import sa.silah.shared.Channel;
import sa.silah.shared.CurrentActor;
import sa.silah.shared.Dates;
import sa.silah.shared.DuplicateRecordException;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.PersonalIdentifiers;
import sa.silah.shared.RecordNotFoundException;

/**
 * The registry's use cases: register, change, find and open beneficiaries, and keep their households,
 * representatives and consents. Every change publishes {@link RecordChanged} and every opening of a record
 * {@link PersonalDataAccessed}, inside the same transaction.
 */
@Service
@Transactional
public class BeneficiaryRegistry {

    /** The audit subject type of a beneficiary record. */
    public static final String SUBJECT = "BENEFICIARY";

    private static final int LEGAL_HOLD_REASON_LENGTH = 500;

    private final Beneficiaries beneficiaries;
    private final Segments segments;
    private final BeneficiarySearch search;
    private final ApplicationEventPublisher events;
    private final ConsentNotice notice;

    BeneficiaryRegistry(Beneficiaries beneficiaries, Segments segments, BeneficiarySearch search,
            ApplicationEventPublisher events, ConsentNotice notice) {
        this.beneficiaries = beneficiaries;
        this.segments = segments;
        this.search = search;
        this.events = events;
        this.notice = notice;
    }

    public Beneficiary register(BeneficiaryDetails details) {
        BeneficiaryDetails.Checked checked = details.check(today());
        Set<Segment> chosen = segmentsFor(checked);
        refuseDuplicates(checked, null);
        String actor = CurrentActor.name();
        Beneficiary beneficiary = Beneficiary.register(checked, chosen, actor);
        saveAndFlush(beneficiary, checked);
        List<FieldChange> created = beneficiary.changesSince(Map.of());
        publish(beneficiary, "CREATED", created);
        return initialized(beneficiary);
    }

    public Beneficiary update(UUID id, BeneficiaryDetails details) {
        BeneficiaryDetails.Checked checked = details.check(today());
        Set<Segment> chosen = segmentsFor(checked);
        refuseDuplicates(checked, id);
        Beneficiary beneficiary = loadChangeable(id);
        List<FieldChange> changes = beneficiary.update(checked, chosen, CurrentActor.name());
        saveAndFlush(beneficiary, checked);
        if (!changes.isEmpty()) {
            publish(beneficiary, "UPDATED", changes);
        }
        return initialized(beneficiary);
    }

    /** Other records with the same normalised name and mobile: shown as a warning before saving. */
    @Transactional(readOnly = true)
    public List<Beneficiary> probableDuplicates(BeneficiaryDetails details, UUID exceptId) {
        Optional<SaudiMobile> mobile = SaudiMobile.tryParse(details.mobile());
        if (mobile.isEmpty() || details.fullName() == null) {
            return List.of();
        }
        String name = details.latinName() == null || details.latinName().isBlank()
                ? details.fullName() : details.fullName() + " " + details.latinName();
        return beneficiaries.findTop5BySearchNameAndMobile(ArabicText.normalize(name),
                        mobile.get().e164()).stream()
                .filter(candidate -> !candidate.getId().equals(exceptId))
                .toList();
    }

    /** The details as they stand, for an edit form or a partial update; not an opening of the record. */
    @Transactional(readOnly = true)
    public BeneficiaryDetails detailsOf(UUID id) {
        return load(id).toDetails();
    }

    /** The record, for another module's checks; not an opening of the record by a person. */
    @Transactional(readOnly = true)
    public Optional<Beneficiary> find(UUID id) {
        return beneficiaries.findById(id);
    }

    /** The names of these beneficiaries in one query, for another module's list of rows that name them. */
    @Transactional(readOnly = true)
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        beneficiaries.findAllById(Set.copyOf(ids)).forEach(found -> names.put(found.getId(), found.getFullName()));
        return names;
    }

    /**
     * The beneficiary this mobile belongs to, when exactly one has it; a phone shared by a family names nobody, and
     * a person decides. For another module's matching; not an opening of the record by a person.
     */
    @Transactional(readOnly = true)
    public Optional<Beneficiary> findOnlyHolderOf(SaudiMobile mobile) {
        List<Beneficiary> holders = beneficiaries.findTop2ByMobile(mobile.e164());
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    /**
     * The record a person claims as theirs: it must have this mobile on file and this national ID or registration
     * number. Empty when either does not match, without saying which. Not an opening of the record by staff.
     */
    @Transactional(readOnly = true)
    public Optional<Beneficiary> findClaimable(SaudiMobile mobile, String nationalIdOrRegistrationNumber) {
        if (nationalIdOrRegistrationNumber == null || nationalIdOrRegistrationNumber.isBlank()) {
            return Optional.empty();
        }
        String identifier = ArabicText.toAsciiDigits(nationalIdOrRegistrationNumber.strip());
        return beneficiaries.findByNationalId(identifier)
                .or(() -> beneficiaries.findByRegistrationNumber(identifier))
                .filter(beneficiary -> mobile.e164().equals(beneficiary.getMobile()));
    }

    /** A staff member opens the record: recorded in the personal-data access log. */
    public Beneficiary open(UUID id) {
        Beneficiary beneficiary = initialized(load(id));
        events.publishEvent(new PersonalDataAccessed(SUBJECT, id.toString(), CurrentActor.name(), "VIEW",
                Instant.now()));
        return beneficiary;
    }

    @Transactional(readOnly = true)
    public Page<Beneficiary> search(String query, Pageable pageable) {
        Page<UUID> ids = search.find(query, pageable);
        Map<UUID, Beneficiary> found = beneficiaries.findAllById(ids.getContent()).stream()
                .collect(Collectors.toMap(Beneficiary::getId, Function.identity()));
        found.values().forEach(Beneficiary::loadSegments);
        return ids.map(found::get);
    }

    /**
     * A page of a search as a staff member exports it: like the list, and every record on it recorded in the
     * personal-data access log, since a file leaves the system with it.
     */
    public Page<Beneficiary> export(String query, Pageable pageable) {
        Page<Beneficiary> page = search(query, pageable);
        Instant now = Instant.now();
        String actor = CurrentActor.name();
        page.forEach(beneficiary -> events.publishEvent(new PersonalDataAccessed(SUBJECT,
                beneficiary.getId().toString(), actor, "EXPORT", now)));
        return page;
    }

    @Transactional(readOnly = true)
    public long count() {
        return beneficiaries.count();
    }

    public Beneficiary addHouseholdMember(UUID headId, HouseholdMemberDetails details) {
        Beneficiary head = loadChangeable(headId);
        if (!head.isIndividual()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("fullName", "household.onlyForPeople")));
        }
        return change(head, "HOUSEHOLD_MEMBER_ADDED", head.addHouseholdMember(details.toMember(today(), this::idOf)));
    }

    public Beneficiary removeHouseholdMember(UUID headId, long memberId) {
        Beneficiary head = loadChangeable(headId);
        return change(head, "HOUSEHOLD_MEMBER_REMOVED", head.removeHouseholdMember(memberId));
    }

    public Beneficiary addRepresentative(UUID organizationId, RepresentativeDetails details) {
        Beneficiary organization = loadChangeable(organizationId);
        if (organization.isIndividual()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("fullName", "representative.onlyForOrganizations")));
        }
        return change(organization, "REPRESENTATIVE_ADDED", organization.addRepresentative(details.toRepresentative()));
    }

    public Beneficiary removeRepresentative(UUID organizationId, long representativeId) {
        Beneficiary organization = loadChangeable(organizationId);
        return change(organization, "REPRESENTATIVE_REMOVED", organization.removeRepresentative(representativeId));
    }

    /** Records consent to a purpose, under the privacy notice in force now. */
    public Beneficiary recordConsent(UUID id, ConsentPurpose purpose, Channel channel) {
        requirePurposeAndChannel(purpose, channel);
        Beneficiary beneficiary = loadChangeable(id);
        return change(beneficiary, "CONSENT_GIVEN", beneficiary.recordConsent(purpose, channel, CurrentActor.name(),
                notice.versionInForce().orElse(null)));
    }

    /** Withdraws one consent record, as an officer does from the beneficiary's page. */
    public Beneficiary withdrawConsent(UUID id, long consentId) {
        Beneficiary beneficiary = loadChangeable(id);
        return change(beneficiary, "CONSENT_WITHDRAWN", beneficiary.withdrawConsent(consentId, CurrentActor.name()));
    }

    /**
     * Stops processing for a purpose, as the beneficiary asks: their consent to it is withdrawn, or, with none on
     * record, their objection is recorded. Nothing changes when processing had stopped already.
     */
    public Beneficiary withdrawConsent(UUID id, ConsentPurpose purpose, Channel channel) {
        requirePurposeAndChannel(purpose, channel);
        Beneficiary beneficiary = loadChangeable(id);
        return beneficiary.withdrawConsent(purpose, channel, CurrentActor.name(), notice.versionInForce().orElse(null))
                .map(withdrawn -> change(beneficiary, "CONSENT_WITHDRAWN", withdrawn))
                .orElseGet(() -> initialized(beneficiary));
    }

    private static void requirePurposeAndChannel(ConsentPurpose purpose, Channel channel) {
        List<FieldProblem> problems = new ArrayList<>();
        if (purpose == null) {
            problems.add(new FieldProblem("purpose", "consent.purpose.required"));
        }
        if (channel == null) {
            problems.add(new FieldProblem("channel", "consent.channel.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    public Beneficiary placeLegalHold(UUID id, String reason) {
        String stated = reason == null ? "" : reason.strip();
        if (stated.isEmpty() || stated.length() > LEGAL_HOLD_REASON_LENGTH) {
            throw new InvalidFieldsException(List.of(new FieldProblem("reason",
                    stated.isEmpty() ? "legalHold.reason.required" : "legalHold.reason.tooLong")));
        }
        Beneficiary beneficiary = loadChangeable(id);
        return change(beneficiary, "LEGAL_HOLD_PLACED",
                beneficiary.placeLegalHold(stated, CurrentActor.name(), Instant.now()));
    }

    public Beneficiary releaseLegalHold(UUID id) {
        Beneficiary beneficiary = load(id);
        return change(beneficiary, "LEGAL_HOLD_RELEASED", beneficiary.releaseLegalHold());
    }

    /**
     * What identifies the beneficiary, for the other modules to blank before the record itself is anonymised.
     *
     * @throws LegalHoldException when the record is under a legal hold
     */
    @Transactional(readOnly = true)
    public PersonalIdentifiers identifiersForErasure(UUID id) {
        Beneficiary beneficiary = load(id);
        if (beneficiary.isUnderLegalHold()) {
            throw new LegalHoldException(id, beneficiary.getLegalHoldReason());
        }
        return beneficiary.identifiers();
    }

    /**
     * Anonymises the record: the last step of an erasure, after the other modules have blanked what they hold.
     *
     * @throws LegalHoldException when the record is under a legal hold
     */
    public Beneficiary anonymise(UUID id) {
        Beneficiary beneficiary = load(id);
        if (beneficiary.isAnonymised()) {
            return initialized(beneficiary);
        }
        return change(beneficiary, "ANONYMISED", beneficiary.anonymise(Instant.now(), CurrentActor.name()));
    }

    private Beneficiary change(Beneficiary beneficiary, String action, FieldChange change) {
        beneficiaries.flush();
        publish(beneficiary, action, List.of(change));
        return initialized(beneficiary);
    }

    private Optional<UUID> idOf(NationalId nationalId) {
        return beneficiaries.findByNationalId(nationalId.value()).map(Beneficiary::getId);
    }

    private Set<Segment> segmentsFor(BeneficiaryDetails.Checked checked) {
        if (checked.segmentCodes().isEmpty()) {
            return Set.of();
        }
        List<Segment> found = segments.findByCodeIn(checked.segmentCodes());
        if (found.size() != checked.segmentCodes().size()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("segments", "beneficiary.segments.unknown")));
        }
        return new HashSet<>(found);
    }

    private void refuseDuplicates(BeneficiaryDetails.Checked checked, UUID self) {
        if (checked.nationalId() != null) {
            beneficiaries.findByNationalId(checked.nationalId().value())
                    .filter(existing -> !existing.getId().equals(self))
                    .ifPresent(existing -> {
                        throw duplicate("nationalId", "beneficiary.nationalId.duplicate", existing);
                    });
        }
        if (checked.registrationNumber() != null) {
            beneficiaries.findByRegistrationNumber(checked.registrationNumber())
                    .filter(existing -> !existing.getId().equals(self))
                    .ifPresent(existing -> {
                        throw duplicate("registrationNumber", "beneficiary.registrationNumber.duplicate", existing);
                    });
        }
    }

    /** Two officers registering the same person at the same moment: the database's unique key decides. */
    private void saveAndFlush(Beneficiary beneficiary, BeneficiaryDetails.Checked checked) {
        try {
            beneficiaries.saveAndFlush(beneficiary);
        }
        catch (DataIntegrityViolationException raced) {
            throw checked.nationalId() != null
                    ? new DuplicateRecordException("nationalId", "beneficiary.nationalId.duplicate", null, "beneficiaries")
                    : new DuplicateRecordException("registrationNumber", "beneficiary.registrationNumber.duplicate",
                            null, "beneficiaries");
        }
    }

    private static DuplicateRecordException duplicate(String field, String messageKey, Beneficiary existing) {
        return new DuplicateRecordException(field, messageKey, existing.getId().toString(), "beneficiaries");
    }

    private void publish(Beneficiary beneficiary, String action, List<FieldChange> changes) {
        events.publishEvent(new RecordChanged(SUBJECT, beneficiary.getId().toString(), action, CurrentActor.name(),
                changes, Instant.now()));
    }

    /** An erased record keeps only what the statistics count, and stays as erasure left it. */
    private Beneficiary loadChangeable(UUID id) {
        Beneficiary beneficiary = load(id);
        if (beneficiary.isAnonymised()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("record", "beneficiary.erased.readOnly")));
        }
        return beneficiary;
    }

    private Beneficiary load(UUID id) {
        return beneficiaries.findById(id).orElseThrow(() -> new RecordNotFoundException("beneficiary", id));
    }

    private static Beneficiary initialized(Beneficiary beneficiary) {
        beneficiary.loadAssociations();
        return beneficiary;
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.RIYADH);
    }
}
