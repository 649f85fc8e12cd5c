package sa.silah.activity;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * What an officer states about an activity. Who it is for is the segments plus eligibility criteria of which an
 * activity uses the need level, the age and the cities.
 */
public record ActivityDetails(ActivityKind kind, String titleAr, String titleEn, String descriptionAr,
        String descriptionEn, Instant startsAt, Instant endsAt, String place, String onlineLink, Integer capacity,
        Instant registrationOpensAt, Instant registrationClosesAt, String serviceCode, Set<String> segmentCodes,
        EligibilityCriteria criteria, boolean givesCertificate, boolean publicListing) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_PLACE = 300;
    static final int MAX_LINK = 500;
    static final int MAX_CAPACITY = 100_000;

    public ActivityDetails {
        titleAr = strip(titleAr);
        titleEn = strip(titleEn);
        descriptionAr = strip(descriptionAr);
        descriptionEn = strip(descriptionEn);
        place = strip(place);
        onlineLink = strip(onlineLink);
        serviceCode = strip(serviceCode);
        segmentCodes = segmentCodes == null ? Set.of() : Set.copyOf(new TreeSet<>(segmentCodes));
        criteria = criteria == null ? EligibilityCriteria.NONE : onlyWhatAnActivityStates(criteria);
    }

    private static EligibilityCriteria onlyWhatAnActivityStates(EligibilityCriteria criteria) {
        return new EligibilityCriteria(criteria.minimumNeedLevel(), null, criteria.ageFrom(), criteria.ageTo(), null,
                null, criteria.cities(), null);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Every problem at once, each on its field. */
    void check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "activity.kind.required"));
        }
        text(problems, "titleAr", titleAr, true, MAX_TITLE);
        text(problems, "titleEn", titleEn, false, MAX_TITLE);
        text(problems, "descriptionAr", descriptionAr, true, MAX_DESCRIPTION);
        text(problems, "descriptionEn", descriptionEn, false, MAX_DESCRIPTION);
        text(problems, "place", place, false, MAX_PLACE);
        checkDates(problems);
        checkWhere(problems);
        if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
            problems.add(new FieldProblem("capacity", "activity.capacity.invalid"));
        }
        problems.addAll(criteria.problems());
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private static void text(List<FieldProblem> problems, String field, String text, boolean required, int max) {
        if (text == null && required) {
            problems.add(new FieldProblem(field, "activity." + field + ".required"));
        }
        else if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "activity.text.tooLong"));
        }
    }

    private void checkDates(List<FieldProblem> problems) {
        if (startsAt == null) {
            problems.add(new FieldProblem("startsAt", "activity.startsAt.required"));
        }
        if (endsAt == null) {
            problems.add(new FieldProblem("endsAt", "activity.endsAt.required"));
        }
        else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add(new FieldProblem("endsAt", "activity.endsAt.beforeStart"));
        }
        if (registrationOpensAt == null) {
            problems.add(new FieldProblem("registrationOpensAt", "activity.registrationOpensAt.required"));
        }
        if (registrationClosesAt == null) {
            problems.add(new FieldProblem("registrationClosesAt", "activity.registrationClosesAt.required"));
        }
        else if (registrationOpensAt != null && !registrationClosesAt.isAfter(registrationOpensAt)) {
            problems.add(new FieldProblem("registrationClosesAt", "activity.registrationClosesAt.beforeOpens"));
        }
        else if (endsAt != null && registrationClosesAt.isAfter(endsAt)) {
            problems.add(new FieldProblem("registrationClosesAt", "activity.registrationClosesAt.afterEnd"));
        }
    }

    /** A place, an online link, or both; a link must be an https address. */
    private void checkWhere(List<FieldProblem> problems) {
        if (place == null && onlineLink == null) {
            problems.add(new FieldProblem("place", "activity.where.required"));
        }
        if (onlineLink != null && (onlineLink.length() > MAX_LINK || !isHttps(onlineLink))) {
            problems.add(new FieldProblem("onlineLink", "activity.onlineLink.invalid"));
        }
    }

    private static boolean isHttps(String link) {
        try {
            URI uri = URI.create(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        }
        catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
