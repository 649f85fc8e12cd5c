package sa.silah.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidValueException;
import sa.silah.sla.BusinessDuration;

/**
 * What an administrator (or another system, through the API) says about a service. The catalog checks it
 * and refuses it with every field problem at once; the field names of the problems are these components'
 * names.
 *
 * @param code              fixed once created: {@code [A-Z][A-Z0-9_]{1,39}}, typed in any case
 * @param department        the code of the department that delivers the service
 * @param standardDuration  business time as ISO-8601, {@code P3D} (three business days) or {@code PT4H}
 * @param requiredDocuments in the order they are listed to the beneficiary
 * @param eligibleSegments  codes of beneficiary segments; empty means everyone
 */
public record ServiceDetails(String code, String nameAr, String nameEn, String descriptionAr, String descriptionEn,
        String department, String standardDuration, List<RequiredDocument> requiredDocuments,
        List<String> eligibleSegments, boolean active, boolean publicService) {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_DOCUMENTS = 30;
    static final int MAX_DOCUMENT_NAME = 200;
    /** About a working year; a longer standard duration is a typing mistake, not a promise. */
    static final BusinessDuration MAX_DURATION = BusinessDuration.ofDays(250);

    public ServiceDetails {
        requiredDocuments = requiredDocuments == null ? List.of()
                : requiredDocuments.stream().filter(Objects::nonNull).toList();
        eligibleSegments = eligibleSegments == null ? List.of()
                : eligibleSegments.stream().filter(Objects::nonNull).toList();
    }

    /** Details whose values passed every rule that needs no database. */
    record Checked(String code, String nameAr, String nameEn, String descriptionAr, String descriptionEn,
            String departmentCode, BusinessDuration standardDuration, List<RequiredDocument> requiredDocuments,
            Set<String> segmentCodes, boolean active, boolean publicService) {
    }

    /** Adds the problems it finds to {@code problems}; the result is only usable when none were added. */
    Checked check(List<FieldProblem> problems) {
        String normalizedCode = Codes.normalize(code);
        if (!Codes.isValid(normalizedCode)) {
            add(problems, "code", "service.code.invalid");
        }
        String arabic = name(nameAr, "nameAr", problems);
        String english = name(nameEn, "nameEn", problems);
        String arabicDescription = description(descriptionAr, "descriptionAr", problems);
        String englishDescription = description(descriptionEn, "descriptionEn", problems);
        String departmentCode = Codes.normalize(department);
        if (departmentCode.isEmpty()) {
            add(problems, "department", "service.department.required");
        }
        return new Checked(normalizedCode, arabic, english, arabicDescription, englishDescription, departmentCode,
                duration(problems), documents(problems), segmentCodes(), active, publicService);
    }

    private BusinessDuration duration(List<FieldProblem> problems) {
        if (blank(standardDuration)) {
            add(problems, "standardDuration", "service.standardDuration.required");
            return null;
        }
        try {
            BusinessDuration duration = BusinessDuration.parse(standardDuration);
            if (duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
                add(problems, "standardDuration", "service.standardDuration.range");
            }
            return duration;
        }
        catch (InvalidValueException notIso) {
            add(problems, "standardDuration", "service.standardDuration.invalid");
            return null;
        }
    }

    private List<RequiredDocument> documents(List<FieldProblem> problems) {
        List<RequiredDocument> documents = new ArrayList<>();
        for (RequiredDocument document : requiredDocuments) {
            String arabic = blank(document.nameAr()) ? null : document.nameAr().strip();
            String english = blank(document.nameEn()) ? null : document.nameEn().strip();
            if (arabic == null && english == null) {
                continue;
            }
            if (arabic == null) {
                add(problems, "requiredDocuments", "service.requiredDocuments.arabicRequired");
            }
            else if (arabic.length() > MAX_DOCUMENT_NAME || (english != null && english.length() > MAX_DOCUMENT_NAME)) {
                add(problems, "requiredDocuments", "service.requiredDocuments.tooLong");
            }
            documents.add(new RequiredDocument(arabic, english));
        }
        if (documents.size() > MAX_DOCUMENTS) {
            add(problems, "requiredDocuments", "service.requiredDocuments.tooMany");
        }
        return documents;
    }

    private Set<String> segmentCodes() {
        Set<String> codes = new LinkedHashSet<>();
        eligibleSegments.stream().map(Codes::normalize).filter(code -> !code.isEmpty()).forEach(codes::add);
        return codes;
    }

    private static String name(String value, String field, List<FieldProblem> problems) {
        if (blank(value) || value.strip().length() > MAX_NAME) {
            add(problems, field, "service.name.required");
            return null;
        }
        return String.join(" ", value.strip().split("\\s+"));
    }

    private static String description(String value, String field, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        if (value.strip().length() > MAX_DESCRIPTION) {
            add(problems, field, "service.description.tooLong");
        }
        return value.strip();
    }

    /** One problem per field and message is enough, however many documents share it. */
    static void add(List<FieldProblem> problems, String field, String messageKey) {
        FieldProblem problem = new FieldProblem(field, messageKey);
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
