package sa.silah.eligibility.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import sa.silah.assessment.NeedLevel;
import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.shared.ArabicText;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * The eligibility section of a service's admin pages. Numbers are kept as typed, so that a page refused for one
 * field shows every other field as the administrator left it.
 */
public class EligibilityForm {

    private NeedLevel minimumNeedLevel;
    private String maximumIncomePerMember;
    private String ageFrom;
    private String ageTo;
    private String householdFrom;
    private String householdTo;
    private String cities;
    private String notReceivedWithinMonths;

    static EligibilityForm of(EligibilityCriteria criteria) {
        EligibilityForm form = new EligibilityForm();
        form.minimumNeedLevel = criteria.minimumNeedLevel();
        form.maximumIncomePerMember = criteria.maximumIncomePerMember() == null ? null
                : criteria.maximumIncomePerMember().toPlainString();
        form.ageFrom = text(criteria.ageFrom());
        form.ageTo = text(criteria.ageTo());
        form.householdFrom = text(criteria.householdFrom());
        form.householdTo = text(criteria.householdTo());
        form.cities = String.join("\n", criteria.cities());
        form.notReceivedWithinMonths = text(criteria.notReceivedWithinMonths());
        return form;
    }

    /** The criteria typed, or every field that is not a number at all; ranges are the domain's to check. */
    EligibilityCriteria toCriteria() {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal income = decimal("maximumIncomePerMember", maximumIncomePerMember, problems);
        EligibilityCriteria criteria = new EligibilityCriteria(minimumNeedLevel, income,
                whole("ageFrom", ageFrom, problems), whole("ageTo", ageTo, problems),
                whole("householdFrom", householdFrom, problems), whole("householdTo", householdTo, problems),
                cities == null ? List.of() : Arrays.asList(cities.split("\\R")),
                whole("notReceivedWithinMonths", notReceivedWithinMonths, problems));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return criteria;
    }

    private static Integer whole(String field, String typed, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(ArabicText.toAsciiDigits(typed.strip()));
        }
        catch (NumberFormatException notWhole) {
            problems.add(new FieldProblem(field, "eligibility.number.invalid"));
            return null;
        }
    }

    private static BigDecimal decimal(String field, String typed, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(ArabicText.toAsciiDigits(typed.strip()).replace(",", ""));
        }
        catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "eligibility.number.invalid"));
            return null;
        }
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    public NeedLevel getMinimumNeedLevel() {
        return minimumNeedLevel;
    }

    public void setMinimumNeedLevel(NeedLevel minimumNeedLevel) {
        this.minimumNeedLevel = minimumNeedLevel;
    }

    public String getMaximumIncomePerMember() {
        return maximumIncomePerMember;
    }

    public void setMaximumIncomePerMember(String maximumIncomePerMember) {
        this.maximumIncomePerMember = maximumIncomePerMember;
    }

    public String getAgeFrom() {
        return ageFrom;
    }

    public void setAgeFrom(String ageFrom) {
        this.ageFrom = ageFrom;
    }

    public String getAgeTo() {
        return ageTo;
    }

    public void setAgeTo(String ageTo) {
        this.ageTo = ageTo;
    }

    public String getHouseholdFrom() {
        return householdFrom;
    }

    public void setHouseholdFrom(String householdFrom) {
        this.householdFrom = householdFrom;
    }

    public String getHouseholdTo() {
        return householdTo;
    }

    public void setHouseholdTo(String householdTo) {
        this.householdTo = householdTo;
    }

    public String getCities() {
        return cities;
    }

    public void setCities(String cities) {
        this.cities = cities;
    }

    public String getNotReceivedWithinMonths() {
        return notReceivedWithinMonths;
    }

    public void setNotReceivedWithinMonths(String notReceivedWithinMonths) {
        this.notReceivedWithinMonths = notReceivedWithinMonths;
    }
}
