package sa.silah.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.audit.PersonalDataAccessed;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.LegalHoldException;
import sa.silah.privacy.DataSubjectRequestEvents.DataSubjectRequestCompleted;
import sa.silah.privacy.DataSubjectRequestEvents.DataSubjectRequestExtended;
import sa.silah.privacy.DataSubjectRequestEvents.DataSubjectRequestRefused;
import sa.silah.shared.Channel;
import sa.silah.shared.RecordNotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data-subject requests' public face: open one (by an officer, or by the beneficiary on the portal), verify
 * identity, extend once, complete as the right asks — inform, hand over the copy, record the correction, destroy —
 * or refuse, and read them.
 */
@Service
public class DataSubjectRequests {

    /** The purpose written in the personal-data access log when an officer downloads a handed-over copy. */
    static final String ACCESS_PURPOSE = "DATA_SUBJECT_REQUEST";

    private final DataSubjectRequestRecords records;
    private final DataSubjectReferences references;
    private final DataSubjectCopies copies;
    private final PersonalDataCopy personalData;
    private final PersonalDataErasure erasure;
    private final BeneficiaryRegistry registry;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate inTransaction;

    DataSubjectRequests(DataSubjectRequestRecords records, DataSubjectReferences references, DataSubjectCopies copies,
            PersonalDataCopy personalData, PersonalDataErasure erasure, BeneficiaryRegistry registry,
            ApplicationEventPublisher events, JsonMapper json, Clock clock, PlatformTransactionManager transactions) {
        this.records = records;
        this.references = references;
        this.copies = copies;
        this.personalData = personalData;
        this.erasure = erasure;
        this.registry = registry;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    /** An officer opens a request for the beneficiary, received on this channel; identity is verified next. */
    @Transactional
    public DataSubjectRequest open(UUID beneficiaryId, DataSubjectRight right, String details, Channel channel,
            String officer) {
        beneficiary(beneficiaryId);
        Instant now = clock.instant();
        return records.save(DataSubjectRequest.openedByOfficer(references.next(now), beneficiaryId, right, details,
                channel, officer, now));
    }

    /** The signed-in beneficiary opens a request on the portal, verified by their sign-in. */
    @Transactional
    public DataSubjectRequest openFromPortal(UUID beneficiaryId, DataSubjectRight right, String details,
            String portalUser) {
        beneficiary(beneficiaryId);
        Instant now = clock.instant();
        return records.save(DataSubjectRequest.openedOnPortal(references.next(now), beneficiaryId, right, details,
                portalUser, now));
    }

    @Transactional(readOnly = true)
    public DataSubjectRequest get(String reference) {
        return records.findByReference(reference)
                .orElseThrow(() -> new RecordNotFoundException("data-subject request", reference));
    }

    /** One of the beneficiary's own requests; another's does not exist for them. */
    @Transactional(readOnly = true)
    public DataSubjectRequest getOwn(String reference, UUID beneficiaryId) {
        return records.findByReference(reference).filter(request -> request.getBeneficiaryId().equals(beneficiaryId))
                .orElseThrow(() -> new RecordNotFoundException("data-subject request", reference));
    }

    /** The requests, newest first, narrowed by the filter. */
    @Transactional(readOnly = true)
    public Page<DataSubjectRequest> list(DataSubjectRequestFilter filter, Pageable pageable) {
        return records.findAll(filter.toSpecification(clock.instant()), pageable);
    }

    @Transactional(readOnly = true)
    public Page<DataSubjectRequest> ofBeneficiary(UUID beneficiaryId, Pageable pageable) {
        return records.findByBeneficiaryIdOrderByReceivedAtDesc(beneficiaryId, pageable);
    }

    @Transactional
    public DataSubjectRequest verifyIdentity(String reference, IdentityVerification method, String note,
            String officer) {
        DataSubjectRequest request = get(reference);
        request.verifyIdentity(method, note, officer, clock.instant());
        return request;
    }

    /** Extends the due date once; the beneficiary is sent the notice with the reason (see the event). */
    @Transactional
    public DataSubjectRequest extend(String reference, String reason, String officer) {
        DataSubjectRequest request = get(reference);
        Instant now = clock.instant();
        request.extend(reason, officer, now);
        events.publishEvent(new DataSubjectRequestExtended(request.getId(), request.getReference(),
                request.getBeneficiaryId(), request.getRight(), request.getDueAt(), request.getExtensionReason(), now));
        return request;
    }

    /** The notification module sent the notice of the extension at this time. */
    @Transactional
    public void extensionNotified(UUID requestId, Instant at) {
        records.findById(requestId).ifPresent(request -> request.extensionNotified(at));
    }

    /**
     * Answers the request as its right asks: access and copy hand over the copy of everything held (kept with the
     * request), destroy erases the person, inform and correct record what the officer wrote. A destruction that meets
     * a legal hold changes nothing and refuses the request with the hold's reason, in a transaction of its own: the
     * erasure's failure marks its own transaction for rollback.
     *
     * @throws DataSubjectRequestStateException unless the request is in progress (identity verified)
     */
    public DataSubjectRequest complete(String reference, String response, String officer) {
        try {
            return inTransaction.execute(status -> {
                DataSubjectRequest request = get(reference);
                Instant now = clock.instant();
                if (request.getStatus() == DataSubjectRequestStatus.IN_PROGRESS) {
                    answer(request, now);
                }
                request.complete(response, officer, now);
                events.publishEvent(new DataSubjectRequestCompleted(request.getId(), request.getReference(),
                        request.getBeneficiaryId(), request.getRight(), now));
                return request;
            });
        }
        catch (LegalHoldException held) {
            return inTransaction.execute(status -> refused(get(reference), RefusalReason.LEGAL_HOLD, held.getReason(),
                    officer));
        }
    }

    private void answer(DataSubjectRequest request, Instant now) {
        if (request.getRight() == DataSubjectRight.DESTROY) {
            erasure.erase(request.getBeneficiaryId());
        }
        else if (request.getRight().handsOverCopy()) {
            Beneficiary beneficiary = beneficiary(request.getBeneficiaryId());
            Map<String, Object> copy = personalData.of(request.getBeneficiaryId());
            String language = beneficiary.getLanguage() == null ? "ar" : beneficiary.getLanguage();
            copies.save(request.getId(), json.writeValueAsBytes(copy),
                    personalData.pdf(copy, Locale.forLanguageTag(language)), language, now);
        }
    }

    @Transactional
    public DataSubjectRequest refuse(String reference, RefusalReason reason, String note, String officer) {
        return refused(get(reference), reason, note, officer);
    }

    private DataSubjectRequest refused(DataSubjectRequest request, RefusalReason reason, String note, String officer) {
        Instant now = clock.instant();
        request.refuse(reason, note, officer, now);
        events.publishEvent(new DataSubjectRequestRefused(request.getId(), request.getReference(),
                request.getBeneficiaryId(), request.getRight(), reason, request.getRefusalNote(), now));
        return request;
    }

    /** The copy handed over with the request, for the officer: the download is written in the access log. */
    @Transactional
    public Optional<HandedOverCopy> copyForOfficer(String reference, String officer) {
        DataSubjectRequest request = get(reference);
        Optional<HandedOverCopy> files = copies.of(request.getId());
        files.ifPresent(found -> events.publishEvent(new PersonalDataAccessed(BeneficiaryRegistry.SUBJECT,
                request.getBeneficiaryId().toString(), officer, ACCESS_PURPOSE, clock.instant())));
        return files;
    }

    /** The copy handed over with one of the beneficiary's own requests. */
    @Transactional(readOnly = true)
    public Optional<HandedOverCopy> copyForBeneficiary(String reference, UUID beneficiaryId) {
        return copies.of(getOwn(reference, beneficiaryId).getId());
    }

    private Beneficiary beneficiary(UUID beneficiaryId) {
        return registry.find(beneficiaryId).orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
    }
}
