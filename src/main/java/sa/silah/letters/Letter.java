package sa.silah.letters;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.shared.ArabicText;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * A letter in the register: its number (allocated once, never changed), direction, the date written on it,
 * the correspondent, subject and body, the beneficiary and request it concerns, who registered it and when,
 * and at most one scan of the paper letter. A scan, once attached, stays: the register keeps what was
 * received or sent.
 */
@Entity
@Table(name = "letter")
public class Letter {

    static final int MAX_CORRESPONDENT = 200;
    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 10_000;
    static final List<String> LANGUAGES = List.of("ar", "en");

    @Id
    private UUID id;

    private String number;

    @Enumerated(EnumType.STRING)
    private LetterDirection direction;

    private int hijriYear;

    private long sequenceNumber;

    private LocalDate letterDate;

    private String correspondent;

    private String subject;

    private String body;

    private String language;

    private String templateCode;

    private UUID beneficiaryId;

    private String requestReference;

    private String searchText;

    private String registeredBy;

    private Instant registeredAt;

    private String scanContentType;

    @Column(name = "scan_size_bytes")
    private Long scanSize;

    private String scanStoredName;

    private String scanUploadedBy;

    private Instant scanUploadedAt;

    /** A wrapper, so that a new letter (no version yet) is persisted rather than merged. */
    @Version
    private Long version;

    protected Letter() {
    }

    /** The checked content of a new letter, with its links already resolved by the register. */
    record Content(LetterDirection direction, LocalDate letterDate, String correspondent, String subject, String body,
            String language, String templateCode, UUID beneficiaryId, String requestReference) {
    }

    /**
     * Checks a draft's own fields, every problem at once: what concerns the beneficiary and the request is
     * checked by the register, which can look them up, and added to the same list.
     */
    static List<FieldProblem> problemsOf(NewLetter draft, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.direction() == null) {
            problems.add(new FieldProblem("direction", "letter.direction.required"));
        }
        if (draft.letterDate() == null) {
            problems.add(new FieldProblem("letterDate", "letter.date.required"));
        }
        else if (!hasHijriDate(draft.letterDate())) {
            problems.add(new FieldProblem("letterDate", "letter.date.outOfRange"));
        }
        else if (draft.direction() == LetterDirection.INCOMING && draft.letterDate().isAfter(today)) {
            problems.add(new FieldProblem("letterDate", "letter.date.future"));
        }
        text(problems, "correspondent", draft.correspondent(), MAX_CORRESPONDENT, true);
        text(problems, "subject", draft.subject(), MAX_SUBJECT, true);
        text(problems, "body", draft.body(), MAX_BODY, draft.direction() == LetterDirection.OUTGOING);
        unfilled(problems, "subject", draft.subject());
        unfilled(problems, "body", draft.body());
        if (draft.language() != null && !draft.language().isBlank() && !LANGUAGES.contains(draft.language())) {
            problems.add(new FieldProblem("language", "letter.language.unknown"));
        }
        return problems;
    }

    static Letter register(Content content, LetterNumber number, String registeredBy, Instant registeredAt) {
        Letter letter = new Letter();
        letter.id = UUID.randomUUID();
        letter.number = number.toString();
        letter.direction = number.direction();
        letter.hijriYear = number.hijriYear();
        letter.sequenceNumber = number.sequence();
        letter.letterDate = content.letterDate();
        letter.correspondent = content.correspondent().strip();
        Map<String, String> numbered = Map.of(Placeholders.LETTER_NUMBER, letter.number);
        letter.subject = Placeholders.fill(content.subject().strip(), numbered);
        letter.body = content.body() == null || content.body().isBlank() ? null
                : Placeholders.fill(content.body().strip(), numbered);
        letter.language = content.language() == null || content.language().isBlank() ? "ar" : content.language();
        letter.templateCode = content.templateCode();
        letter.beneficiaryId = content.beneficiaryId();
        letter.requestReference = content.requestReference();
        letter.registeredBy = registeredBy;
        letter.registeredAt = registeredAt;
        letter.searchText = ArabicText.normalize(letter.number + " " + letter.subject + " " + letter.correspondent);
        return letter;
    }

    /** Keeps the scan of the paper letter; a letter that has one already is refused on the field {@code file}. */
    void attachScan(String contentType, long size, String storedName, String by, Instant at) {
        if (hasScan()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("file", "letter.scan.exists")));
        }
        this.scanContentType = contentType;
        this.scanSize = size;
        this.scanStoredName = storedName;
        this.scanUploadedBy = by;
        this.scanUploadedAt = at;
    }

    public boolean hasScan() {
        return scanStoredName != null;
    }

    public boolean isOutgoing() {
        return direction == LetterDirection.OUTGOING;
    }

    /** The summary of the letter on the beneficiary's and the request's timeline. */
    String timelineSummary() {
        return number + " — " + subject;
    }

    private static boolean hasHijriDate(LocalDate date) {
        try {
            HijrahChronology.INSTANCE.date(date);
            return true;
        }
        catch (DateTimeException outsideUmmAlQura) {
            return false;
        }
    }

    /**
     * A draft leaves a placeholder visible where nothing filled it; a letter must not go out with one.
     * {@code {letterNumber}} is the exception: it is filled when the letter is numbered.
     */
    private static void unfilled(List<FieldProblem> problems, String field, String value) {
        if (value != null && Placeholders.KNOWN.stream().filter(name -> !name.equals(Placeholders.LETTER_NUMBER))
                .anyMatch(name -> value.contains("{" + name + "}"))) {
            problems.add(new FieldProblem(field, "letter.placeholder.unfilled"));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "letter." + field + ".required"));
            }
        }
        else if (value.length() > max) {
            problems.add(new FieldProblem(field, "validation.tooLong"));
        }
    }

    public UUID getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public LetterDirection getDirection() {
        return direction;
    }

    public int getHijriYear() {
        return hijriYear;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public String getCorrespondent() {
        return correspondent;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getRequestReference() {
        return requestReference;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getScanUploadedBy() {
        return scanUploadedBy;
    }

    public String getScanContentType() {
        return scanContentType;
    }

    public Long getScanSize() {
        return scanSize;
    }

    String getScanStoredName() {
        return scanStoredName;
    }

    public Instant getScanUploadedAt() {
        return scanUploadedAt;
    }
}
