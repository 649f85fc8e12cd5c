package sa.silah.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * A FAQ entry or a canned answer as staff write it. An answer may name {@link #PLACEHOLDERS}, filled from the
 * request it answers; {@link #check()} names every problem at once.
 */
public record EntryDetails(EntryKind kind, String questionAr, String questionEn, String answerAr, String answerEn,
        String tags, Visibility visibility, String owner, LocalDate reviewOn, Set<Long> serviceIds,
        Set<Long> documentIds) {

    public static final Set<String> PLACEHOLDERS = Set.of("beneficiaryName", "serviceName", "dueDate");
    static final int MAX_QUESTION = 500;
    static final int MAX_ANSWER = 4000;
    static final int MAX_TAGS = 500;

    public EntryDetails {
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
        documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
    }

    void check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "knowledge.entry.kind.required"));
        }
        Texts.required(problems, "questionAr", questionAr, MAX_QUESTION);
        Texts.required(problems, "questionEn", questionEn, MAX_QUESTION);
        answer(problems, "answerAr", answerAr);
        answer(problems, "answerEn", answerEn);
        Texts.optional(problems, "tags", tags, MAX_TAGS);
        if (visibility == null) {
            problems.add(new FieldProblem("visibility", "knowledge.visibility.required"));
        } else if (kind == EntryKind.CANNED_ANSWER && visibility == Visibility.PUBLIC) {
            problems.add(new FieldProblem("visibility", "knowledge.entry.cannedAnswer.internal"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private static void answer(List<FieldProblem> problems, String field, String value) {
        Texts.required(problems, field, value, MAX_ANSWER);
        if (value != null && !Placeholders.unknownIn(value).isEmpty()) {
            problems.add(new FieldProblem(field, "knowledge.entry.placeholder.unknown"));
        }
    }
}
