package sa.silah.privacy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * One published version of the privacy notice, in Arabic and optionally English. A version never changes once
 * published; a newer one replaces it as the notice in force and it stays readable as history.
 */
@Entity
@Table(name = "privacy_notice")
public class PrivacyNotice {

    /** The longest text a version may have, as the column allows. */
    static final int MAX_TEXT = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int version;

    private String textAr;

    private String textEn;

    private Instant publishedAt;

    private String publishedBy;

    protected PrivacyNotice() {
    }

    /**
     * A new version with the texts as typed, trimmed; an English text left blank means none.
     *
     * @throws InvalidFieldsException naming {@code textAr} and {@code textEn} when missing or too long
     */
    static PrivacyNotice publish(int version, String textAr, String textEn, Instant at, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(textAr)) {
            problems.add(new FieldProblem("textAr", "privacyNotice.textAr.required"));
        }
        else if (textAr.strip().length() > MAX_TEXT) {
            problems.add(new FieldProblem("textAr", "privacyNotice.text.tooLong"));
        }
        if (!blank(textEn) && textEn.strip().length() > MAX_TEXT) {
            problems.add(new FieldProblem("textEn", "privacyNotice.text.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        PrivacyNotice notice = new PrivacyNotice();
        notice.version = version;
        notice.textAr = normalized(textAr);
        notice.textEn = blank(textEn) ? null : normalized(textEn);
        notice.publishedAt = at.truncatedTo(ChronoUnit.MICROS);
        notice.publishedBy = by;
        return notice;
    }

    /** The text in the reader's language: English where there is one, Arabic otherwise. */
    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) && textEn != null ? textEn : textAr;
    }

    /** The text in the reader's language as its paragraphs: blocks separated by blank lines. */
    public List<String> paragraphs(Locale locale) {
        return Arrays.stream(normalized(text(locale)).split("\n\\s*\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    /** Trimmed, with the line breaks of every browser and system as one {@code \n}. */
    private static String normalized(String text) {
        return text.strip().replaceAll("\\r\\n?", "\n");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getTextAr() {
        return textAr;
    }

    public String getTextEn() {
        return textEn;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
