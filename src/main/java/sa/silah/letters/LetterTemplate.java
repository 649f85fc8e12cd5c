package sa.silah.letters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * The wording of a kind of outgoing letter (a reply to a request, a request for missing documents, a
 * general letter) in Arabic and English, with {@link Placeholders} filled when a letter is drafted from it.
 * Administrators edit the wording; the code is fixed.
 */
@Entity
@Table(name = "letter_template")
public class LetterTemplate {

    static final int MAX_NAME = 100;
    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 10_000;

    @Id
    private String code;

    private String nameAr;

    private String nameEn;

    private String subjectAr;

    private String subjectEn;

    private String bodyAr;

    private String bodyEn;

    private int position;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected LetterTemplate() {
    }

    /** The wording an administrator typed, checked whole: every problem with every field at once. */
    public record Wording(String nameAr, String nameEn, String subjectAr, String subjectEn, String bodyAr,
            String bodyEn) {

        void check() {
            List<FieldProblem> problems = new ArrayList<>();
            required(problems, "nameAr", nameAr, MAX_NAME);
            required(problems, "nameEn", nameEn, MAX_NAME);
            withPlaceholders(problems, "subjectAr", subjectAr, MAX_SUBJECT);
            withPlaceholders(problems, "subjectEn", subjectEn, MAX_SUBJECT);
            withPlaceholders(problems, "bodyAr", bodyAr, MAX_BODY);
            withPlaceholders(problems, "bodyEn", bodyEn, MAX_BODY);
            if (!problems.isEmpty()) {
                throw new InvalidFieldsException(problems);
            }
        }

        private static void withPlaceholders(List<FieldProblem> problems, String field, String value, int max) {
            if (required(problems, field, value, max) && !Placeholders.unknownIn(value).isEmpty()) {
                problems.add(new FieldProblem(field, "letterTemplate.placeholder.unknown"));
            }
        }

        private static boolean required(List<FieldProblem> problems, String field, String value, int max) {
            if (value == null || value.isBlank()) {
                problems.add(new FieldProblem(field, "letterTemplate.required"));
                return false;
            }
            if (value.length() > max) {
                problems.add(new FieldProblem(field, "validation.tooLong"));
                return false;
            }
            return true;
        }
    }

    void reword(Wording wording, String actor, Instant now) {
        wording.check();
        this.nameAr = wording.nameAr().strip();
        this.nameEn = wording.nameEn().strip();
        this.subjectAr = wording.subjectAr().strip();
        this.subjectEn = wording.subjectEn().strip();
        this.bodyAr = wording.bodyAr().strip();
        this.bodyEn = wording.bodyEn().strip();
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public Wording wording() {
        return new Wording(nameAr, nameEn, subjectAr, subjectEn, bodyAr, bodyEn);
    }

    public String name(Locale locale) {
        return isEnglish(locale) ? nameEn : nameAr;
    }

    public String subject(String language) {
        return "en".equals(language) ? subjectEn : subjectAr;
    }

    public String body(String language) {
        return "en".equals(language) ? bodyEn : bodyAr;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public String getCode() {
        return code;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
