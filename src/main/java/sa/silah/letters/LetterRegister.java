package sa.silah.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Direction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.NewInteraction;
import sa.silah.casework.Request;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FileDownload;
import sa.silah.shared.FileStore;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;
import sa.silah.shared.ScanType;

/**
 * The letters register: registers incoming and outgoing letters with their numbers, links them to a
 * beneficiary and a request (a request the registering member of staff may see, of the same beneficiary),
 * puts each linked letter on the beneficiary's and the request's contact timeline, keeps their scans,
 * drafts outgoing letters from templates and prints them as PDF. Every member of staff who works on
 * requests may read and register letters.
 */
@Service
@Transactional
public class LetterRegister {

    private static final Logger log = LoggerFactory.getLogger(LetterRegister.class);

    private final Letters letters;
    private final LetterNumbers numbers;
    private final LetterTemplates templates;
    private final LetterFiles files;
    private final LetterPdf pdf;
    private final Casework casework;
    private final BeneficiaryRegistry registry;
    private final ServiceCatalog services;
    private final Dates dates;
    private final JdbcClient jdbc;
    private final Clock time;

    LetterRegister(Letters letters, LetterNumbers numbers, LetterTemplates templates, LetterFiles files, LetterPdf pdf,
            Casework casework, BeneficiaryRegistry registry, ServiceCatalog services, Dates dates, JdbcClient jdbc,
            Clock time) {
        this.letters = letters;
        this.numbers = numbers;
        this.templates = templates;
        this.files = files;
        this.pdf = pdf;
        this.casework = casework;
        this.registry = registry;
        this.services = services;
        this.dates = dates;
        this.jdbc = jdbc;
        this.time = time;
    }

    /** A registered letter, and whether it was registered before under the same idempotency key. */
    public record Registration(Letter letter, boolean replayed) {
    }

    /** The subject and body of an outgoing letter drafted from a template, for the officer to edit. */
    public record Draft(String subject, String body) {
    }

    public Letter register(NewLetter draft, String username) {
        return register(draft, null, username, null).letter();
    }

    /**
     * Registers a letter, with its scan when one is given. With an idempotency key, a retry of the same
     * registration answers the letter registered the first time; the same key with another letter is refused.
     *
     * @param scan the scan's bytes, read here but not closed; {@code null} for none
     */
    public Registration register(NewLetter draft, InputStream scan, String username, String idempotencyKey) {
        String bodyHash = hash(draft.toString());
        if (idempotencyKey != null) {
            Optional<Registration> earlier = replay(idempotencyKey, username, bodyHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Caseworker caseworker = casework.caseworker(username);
        Instant now = time.instant().truncatedTo(ChronoUnit.MICROS);
        Links links = checked(draft, caseworker, now);
        Letter letter = Letter.register(new Letter.Content(draft.direction(), draft.letterDate(), draft.correspondent(),
                draft.subject(), draft.body(), draft.language(),
                draft.direction() == LetterDirection.OUTGOING ? blankToNull(draft.templateCode()) : null,
                links.beneficiaryId(), links.request() == null ? null : links.request().getReferenceNumber()),
                numbers.next(draft.direction(), now), username, now);
        letters.save(letter);
        if (scan != null) {
            keepScan(letter, scan, username, now);
        }
        recordOnTimeline(letter, links, caseworker);
        if (idempotencyKey != null) {
            letters.flush(); // the key's row refers to the letter's row, which JPA has not written yet
            jdbc.sql("""
                    insert into letter_idempotency (idempotency_key, caller, body_hash, letter_id, created_at)
                    values (:key, :caller, :hash, :letter, :now)""")
                    .param("key", idempotencyKey).param("caller", username).param("hash", bodyHash)
                    .param("letter", letter.getId()).param("now", java.sql.Timestamp.from(now)).update();
        }
        return new Registration(letter, false);
    }

    /** The beneficiary and the request a letter concerns, once checked. */
    private record Links(UUID beneficiaryId, Request request) {
    }

    private Links checked(NewLetter draft, Caseworker caseworker, Instant now) {
        List<FieldProblem> problems = new ArrayList<>(Letter.problemsOf(draft, now.atZone(Dates.RIYADH).toLocalDate()));
        String templateCode = blankToNull(draft.templateCode());
        if (draft.direction() == LetterDirection.OUTGOING && templateCode != null && !templates.existsById(templateCode)) {
            problems.add(new FieldProblem("templateCode", "letter.template.unknown"));
        }
        UUID beneficiaryId = draft.beneficiaryId();
        Optional<Beneficiary> beneficiary = beneficiaryId == null ? Optional.empty() : registry.find(beneficiaryId);
        if (beneficiaryId != null && beneficiary.isEmpty()) {
            problems.add(new FieldProblem("beneficiaryId", "letter.beneficiary.unknown"));
        }
        if (beneficiary.filter(Beneficiary::isAnonymised).isPresent()) {
            problems.add(new FieldProblem("beneficiaryId", "letter.beneficiary.erased"));
        }
        Request request = visibleRequest(draft.requestReference(), caseworker).orElse(null);
        if (blankToNull(draft.requestReference()) != null && request == null) {
            problems.add(new FieldProblem("requestReference", "letter.request.unknown"));
        }
        else if (request != null && beneficiaryId == null) {
            beneficiaryId = request.getBeneficiaryId();
        }
        else if (request != null && !beneficiaryId.equals(request.getBeneficiaryId())) {
            problems.add(new FieldProblem("requestReference", "letter.request.otherBeneficiary"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new Links(beneficiaryId, request);
    }

    /**
     * The request named by its reference number if this member of staff may see it. A request they may not
     * see does not exist for them, here as everywhere in casework.
     */
    private Optional<Request> visibleRequest(String referenceNumber, Caseworker caseworker) {
        if (blankToNull(referenceNumber) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(casework.find(referenceNumber.strip(), caseworker));
        }
        catch (RecordNotFoundException notVisible) {
            return Optional.empty();
        }
    }

    /** A linked letter is a contact like a call or a visit: it goes on the request's (and so the beneficiary's) timeline. */
    private void recordOnTimeline(Letter letter, Links links, Caseworker caseworker) {
        NewInteraction contact = new NewInteraction(Channel.LETTER, InteractionType.LETTER,
                letter.isOutgoing() ? Direction.OUTBOUND : Direction.INBOUND, letter.timelineSummary(), false);
        if (links.request() != null) {
            casework.recordInteraction(links.request().getReferenceNumber(), contact, caseworker);
        }
        else if (links.beneficiaryId() != null) {
            casework.recordInteraction(links.beneficiaryId(), contact, caseworker);
        }
    }

    private Optional<Registration> replay(String key, String caller, String bodyHash) {
        return jdbc.sql("select body_hash, letter_id from letter_idempotency where caller = :caller and idempotency_key = :key")
                .param("caller", caller).param("key", key)
                .query((rs, row) -> {
                    if (!rs.getString(1).equals(bodyHash)) {
                        throw new LetterKeyReusedException();
                    }
                    return rs.getObject(2, UUID.class);
                })
                .optional()
                .map(id -> new Registration(letters.findById(id).orElseThrow(), true));
    }

    /**
     * Attaches the scan of the paper letter. The file is in place before the row is updated, and removed
     * again if the transaction does not commit, so no letter ever points at nothing.
     *
     * @param content the scan's bytes, read here but not closed; {@code null} when no file was sent
     */
    public Letter attachScan(String number, InputStream content, String username) {
        Letter letter = find(number);
        if (content == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("file", "letter.scan.required")));
        }
        keepScan(letter, content, username, time.instant().truncatedTo(ChronoUnit.MICROS));
        return letters.saveAndFlush(letter);
    }

    private void keepScan(Letter letter, InputStream content, String username, Instant now) {
        if (letter.hasScan()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("file", "letter.scan.exists")));
        }
        FileStore.Stored<ScanType> stored;
        try {
            stored = files.store(content, now);
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        removeUnlessCommitted(stored.name());
        letter.attachScan(stored.type().mediaType(), stored.size(), stored.name(), username, now);
    }

    @Transactional(readOnly = true)
    public Letter find(String number) {
        return LetterNumber.parse(number).flatMap(parsed -> letters.findByNumber(parsed.toString()))
                .orElseThrow(() -> new RecordNotFoundException("letter", number));
    }

    /** The register, newest first by the caller's sort, filtered. */
    @Transactional(readOnly = true)
    public Page<Letter> list(LetterQuery query, Pageable pageable) {
        return letters.findAll(query.toSpecification(), pageable);
    }

    @Transactional(readOnly = true)
    public FileDownload openScan(String number) {
        Letter letter = find(number);
        if (!letter.hasScan()) {
            throw new RecordNotFoundException("scan of letter", number);
        }
        Path file = files.locate(letter.getScanStoredName());
        if (!Files.isRegularFile(file)) {
            log.error("The scan of letter {} is missing from the storage: {}", letter.getNumber(), file);
            throw new RecordNotFoundException("scan of letter", number);
        }
        ScanType type = ScanType.ofMediaType(letter.getScanContentType());
        return new FileDownload(letter.getNumber() + "." + type.extension(), type.mediaType(),
                new FileSystemResource(file));
    }

    /** The PDF of an outgoing letter; an incoming letter has its scan instead, and no PDF. */
    @Transactional(readOnly = true)
    public FileDownload printed(String number) {
        Letter letter = find(number);
        if (!letter.isOutgoing()) {
            throw new RecordNotFoundException("PDF of letter", number);
        }
        return new FileDownload(letter.getNumber() + ".pdf", "application/pdf", new ByteArrayResource(pdf.render(letter)));
    }

    /** The largest scan accepted, in bytes. */
    public long maxScanBytes() {
        return files.maxBytes();
    }

    /**
     * Drafts an outgoing letter from a template with what the officer has entered so far: the subject they
     * typed or the template's, and the template's body with every placeholder that has a value filled in the
     * letter's language. {@code {letterNumber}} stays until the letter is registered and numbered; the others
     * stay visible where nothing fills them, so that the officer sees what is missing. Runs without a
     * transaction of its own: a request the officer may not see simply fills nothing.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Draft draft(String templateCode, NewLetter entered, String username) {
        LetterTemplate template = templates.findById(templateCode == null ? "" : templateCode)
                .orElseThrow(() -> new InvalidFieldsException(List.of(new FieldProblem("templateCode", "letter.template.unknown"))));
        String language = Letter.LANGUAGES.contains(entered.language()) ? entered.language() : "ar";
        Map<String, String> values = placeholderValues(entered, Locale.forLanguageTag(language),
                visibleRequest(entered.requestReference(), casework.caseworker(username)));
        String subject = blankToNull(entered.subject()) != null ? entered.subject().strip()
                : Placeholders.fill(template.subject(language), values);
        values.put(Placeholders.SUBJECT, subject);
        return new Draft(subject, Placeholders.fill(template.body(language), values));
    }

    private Map<String, String> placeholderValues(NewLetter entered, Locale language, Optional<Request> request) {
        Map<String, String> values = new HashMap<>();
        putIfPresent(values, Placeholders.RECIPIENT, entered.correspondent());
        putIfPresent(values, Placeholders.SUBJECT, entered.subject());
        LocalDate day = entered.letterDate() != null ? entered.letterDate() : LocalDate.now(time.withZone(Dates.RIYADH));
        values.put(Placeholders.DATE, dates.gregorian(day, language));
        putIfPresent(values, Placeholders.HIJRI_DATE, dates.hijri(day, language));
        request.ifPresent(found -> {
            values.put(Placeholders.REFERENCE_NUMBER, found.getReferenceNumber());
            if (found.getServiceId() != null) {
                values.put(Placeholders.SERVICE_NAME, services.get(found.getServiceId()).name(language));
            }
        });
        UUID beneficiaryId = entered.beneficiaryId() != null ? entered.beneficiaryId()
                : request.map(Request::getBeneficiaryId).orElse(null);
        if (beneficiaryId != null) {
            registry.find(beneficiaryId).map(Beneficiary::getFullName)
                    .ifPresent(name -> values.put(Placeholders.BENEFICIARY_NAME, name));
        }
        return values;
    }

    private void removeUnlessCommitted(String storedName) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        files.delete(storedName);
                    }
                    catch (IOException | RuntimeException failed) {
                        log.warn("Could not remove the scan {} of a letter that was not saved", storedName, failed);
                    }
                }
            }
        });
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
