package sa.silah.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import sa.silah.assessment.NeedLevel;
import sa.silah.eligibility.Applicant.SegmentName;
import sa.silah.shared.ArabicText;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * The rules a service states beyond its segments; each is optional, and a service that states none is open to
 * everyone in its segments. {@link #decide} is the whole of how a beneficiary is found eligible, rule by rule, so
 * every decision can be explained.
 */
public record EligibilityCriteria(NeedLevel minimumNeedLevel, BigDecimal maximumIncomePerMember, Integer ageFrom,
        Integer ageTo, Integer householdFrom, Integer householdTo, List<String> cities, Integer notReceivedWithinMonths) {

    public static final EligibilityCriteria NONE = new EligibilityCriteria(null, null, null, null, null, null,
            List.of(), null);

    static final int MAX_AGE = 150;
    static final int MAX_HOUSEHOLD = 100;
    static final int MAX_MONTHS = 120;
    static final int MAX_CITIES = 50;
    static final int MAX_CITY = 100;
    static final BigDecimal MAX_INCOME = new BigDecimal("9999999999.99");

    public EligibilityCriteria {
        Set<String> distinct = new LinkedHashSet<>();
        if (cities != null) {
            cities.stream().filter(city -> city != null && !city.isBlank()).map(String::strip).forEach(distinct::add);
        }
        cities = List.copyOf(distinct);
    }

    /** Every problem at once, each on its field; an empty range (from above to) is named on its upper bound. */
    void check() {
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    /** What is wrong with these criteria, for a form that checks them with fields of its own. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (maximumIncomePerMember != null && (maximumIncomePerMember.signum() <= 0
                || maximumIncomePerMember.compareTo(MAX_INCOME) > 0 || maximumIncomePerMember.scale() > 2)) {
            problems.add(new FieldProblem("maximumIncomePerMember", "eligibility.income.invalid"));
        }
        range(problems, "age", ageFrom, ageTo, 0, MAX_AGE);
        range(problems, "household", householdFrom, householdTo, 1, MAX_HOUSEHOLD);
        if (cities.size() > MAX_CITIES || cities.stream().anyMatch(city -> city.length() > MAX_CITY)) {
            problems.add(new FieldProblem("cities", "eligibility.cities.invalid"));
        }
        if (notReceivedWithinMonths != null && (notReceivedWithinMonths < 1 || notReceivedWithinMonths > MAX_MONTHS)) {
            problems.add(new FieldProblem("notReceivedWithinMonths", "eligibility.months.invalid"));
        }
        return problems;
    }

    private static void range(List<FieldProblem> problems, String name, Integer from, Integer to, int lowest,
            int highest) {
        boolean fromBad = from != null && (from < lowest || from > highest);
        boolean toBad = to != null && (to < lowest || to > highest);
        if (fromBad) {
            problems.add(new FieldProblem(name + "From", "eligibility." + name + ".invalid"));
        }
        if (toBad) {
            problems.add(new FieldProblem(name + "To", "eligibility." + name + ".invalid"));
        }
        if (!fromBad && !toBad && from != null && to != null && from > to) {
            problems.add(new FieldProblem(name + "To", "eligibility.range.reversed"));
        }
    }

    public boolean hasRules() {
        return minimumNeedLevel != null || maximumIncomePerMember != null || ageFrom != null || ageTo != null
                || householdFrom != null || householdTo != null || !cities.isEmpty() || notReceivedWithinMonths != null;
    }

    /** Whether deciding needs the day the beneficiary last received the service. */
    public boolean needsLastReceived() {
        return notReceivedWithinMonths != null;
    }

    /**
     * The decision for this applicant on this day: one reason per rule stated, the segments first.
     *
     * @param serviceSegments the segments the service is for (empty: everyone)
     */
    public EligibilityDecision decide(List<SegmentName> serviceSegments, Applicant applicant, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        if (!serviceSegments.isEmpty()) {
            reasons.add(segments(serviceSegments, applicant));
        }
        if (minimumNeedLevel != null) {
            reasons.add(needLevel(applicant));
        }
        if (maximumIncomePerMember != null) {
            reasons.add(income(applicant));
        }
        if (ageFrom != null || ageTo != null) {
            reasons.add(age(applicant, today));
        }
        if (householdFrom != null || householdTo != null) {
            reasons.add(household(applicant));
        }
        if (!cities.isEmpty()) {
            reasons.add(city(applicant));
        }
        if (notReceivedWithinMonths != null) {
            reasons.add(notReceived(applicant, today));
        }
        return EligibilityDecision.of(reasons);
    }

    private static Reason segments(List<SegmentName> serviceSegments, Applicant applicant) {
        Wording wanted = names(serviceSegments);
        if (applicant.segments().isEmpty()) {
            return Reason.of(EligibilityRule.SEGMENT, false, "eligibility.reason.segment.none", wanted);
        }
        Set<String> codes = new LinkedHashSet<>();
        serviceSegments.forEach(segment -> codes.add(segment.code()));
        boolean passed = applicant.segments().stream().anyMatch(segment -> codes.contains(segment.code()));
        return Reason.of(EligibilityRule.SEGMENT, passed, "eligibility.reason.segment", names(applicant.segments()),
                wanted);
    }

    private static Wording names(List<SegmentName> segments) {
        return new Wording.Names(segments.stream().map(SegmentName::nameAr).toList(),
                segments.stream().map(segment -> segment.nameEn() == null ? segment.nameAr() : segment.nameEn())
                        .toList());
    }

    private Reason needLevel(Applicant applicant) {
        Wording wanted = level(minimumNeedLevel);
        if (applicant.needLevel() == null) {
            return Reason.of(EligibilityRule.NEED_LEVEL, false, "eligibility.reason.needLevel.notAssessed", wanted);
        }
        boolean passed = applicant.needLevel().compareTo(minimumNeedLevel) >= 0;
        return Reason.of(EligibilityRule.NEED_LEVEL, passed, "eligibility.reason.needLevel",
                level(applicant.needLevel()), wanted);
    }

    private static Wording level(NeedLevel level) {
        return Wording.key("eligibility.needLevel." + level.name());
    }

    private Reason income(Applicant applicant) {
        if (applicant.incomePerMember() == null) {
            return Reason.of(EligibilityRule.INCOME_PER_MEMBER, false, "eligibility.reason.income.notAssessed",
                    maximumIncomePerMember);
        }
        boolean passed = applicant.incomePerMember().compareTo(maximumIncomePerMember) <= 0;
        return Reason.of(EligibilityRule.INCOME_PER_MEMBER, passed, "eligibility.reason.income",
                applicant.incomePerMember(), maximumIncomePerMember);
    }

    private Reason age(Applicant applicant, LocalDate today) {
        Wording wanted = rangeWords(ageFrom, ageTo);
        if (applicant.birthDate() == null) {
            return Reason.of(EligibilityRule.AGE, false, "eligibility.reason.age.unknown", wanted);
        }
        int age = Period.between(applicant.birthDate(), today).getYears();
        return Reason.of(EligibilityRule.AGE, within(age, ageFrom, ageTo), "eligibility.reason.age", age, wanted);
    }

    private Reason household(Applicant applicant) {
        Wording wanted = rangeWords(householdFrom, householdTo);
        if (applicant.householdSize() == null) {
            return Reason.of(EligibilityRule.HOUSEHOLD_SIZE, false, "eligibility.reason.household.none", wanted);
        }
        int size = applicant.householdSize();
        return Reason.of(EligibilityRule.HOUSEHOLD_SIZE, within(size, householdFrom, householdTo),
                "eligibility.reason.household", size, wanted);
    }

    private static boolean within(int value, Integer from, Integer to) {
        return (from == null || value >= from) && (to == null || value <= to);
    }

    private static Wording rangeWords(Integer from, Integer to) {
        if (from != null && to != null) {
            return Wording.key("eligibility.range.between", from, to);
        }
        return from != null ? Wording.key("eligibility.range.from", from) : Wording.key("eligibility.range.to", to);
    }

    private Reason city(Applicant applicant) {
        Wording wanted = new Wording.Names(cities, cities);
        if (applicant.city() == null || applicant.city().isBlank()) {
            return Reason.of(EligibilityRule.CITY, false, "eligibility.reason.city.unknown", wanted);
        }
        String key = cityKey(applicant.city());
        boolean passed = cities.stream().anyMatch(city -> cityKey(city).equals(key));
        return Reason.of(EligibilityRule.CITY, passed, "eligibility.reason.city", applicant.city().strip(), wanted);
    }

    /** Cities are typed by hand: «مكة المكرمة», «مكه المكرمه » and «Makkah», «makkah» are each one city to a reader. */
    private static String cityKey(String city) {
        return ArabicText.normalize(city.strip()).toLowerCase(java.util.Locale.ROOT);
    }

    private Reason notReceived(Applicant applicant, LocalDate today) {
        LocalDate since = today.minusMonths(notReceivedWithinMonths);
        LocalDate last = applicant.lastReceived();
        if (last == null || last.isBefore(since)) {
            return Reason.of(EligibilityRule.NOT_RECEIVED_WITHIN, true, "eligibility.reason.notReceived",
                    notReceivedWithinMonths);
        }
        return Reason.of(EligibilityRule.NOT_RECEIVED_WITHIN, false, "eligibility.reason.received", last,
                notReceivedWithinMonths, last.plusMonths(notReceivedWithinMonths));
    }
}
