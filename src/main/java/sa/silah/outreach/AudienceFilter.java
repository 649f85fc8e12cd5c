package sa.silah.outreach;

import java.util.ArrayList;
import java.util.List;

import sa.silah.assessment.NeedLevel;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who a campaign is for, as filters over the registry; an empty filter means everyone. Every filter given must hold.
 *
 * @param segmentCodes in any of these segments
 * @param cities living in any of these cities
 * @param minimumNeedLevel at least this need level by their valid assessment (the latest verified, not lapsed)
 * @param householdFrom households of at least this many (individuals only)
 * @param householdTo households of at most this many
 * @param ageFrom at least this old (individuals with a birth date)
 * @param ageTo at most this old
 * @param beneficiaryType persons or organisations only
 * @param serviceCode the service that {@code receivedWithinMonths} or {@code notReceivedWithinMonths} is about
 * @param receivedWithinMonths had the service resolved within this many months
 * @param notReceivedWithinMonths did not have the service resolved within this many months
 * @param hasOpenRequest with an open request (true), without one (false), either (null)
 * @param lastContactOlderThanDays no contact on their timeline within this many days, or none ever
 */
public record AudienceFilter(List<String> segmentCodes, List<String> cities, NeedLevel minimumNeedLevel,
        Integer householdFrom, Integer householdTo, Integer ageFrom, Integer ageTo, BeneficiaryType beneficiaryType,
        String serviceCode, Integer receivedWithinMonths, Integer notReceivedWithinMonths, Boolean hasOpenRequest,
        Integer lastContactOlderThanDays) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_VALUES = 50;

    /** Everyone. */
    public static final AudienceFilter EVERYONE = new AudienceFilter(null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    public AudienceFilter {
        segmentCodes = cleaned(segmentCodes);
        cities = cleaned(cities);
        serviceCode = serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip();
    }

    /** Refuses a filter that cannot be meant, with every field problem at once. */
    public AudienceFilter check() {
        List<FieldProblem> problems = new ArrayList<>();
        range("householdFrom", householdFrom, "householdTo", householdTo, 1, 50, problems);
        range("ageFrom", ageFrom, "ageTo", ageTo, 0, 130, problems);
        within("receivedWithinMonths", receivedWithinMonths, 1, 120, problems);
        within("notReceivedWithinMonths", notReceivedWithinMonths, 1, 120, problems);
        within("lastContactOlderThanDays", lastContactOlderThanDays, 1, 3650, problems);
        if (receivedWithinMonths != null && notReceivedWithinMonths != null) {
            problems.add(new FieldProblem("notReceivedWithinMonths", "outreach.filter.receivedBoth"));
        }
        if (serviceCode == null && (receivedWithinMonths != null || notReceivedWithinMonths != null)) {
            problems.add(new FieldProblem("serviceCode", "outreach.filter.serviceRequired"));
        }
        if (serviceCode != null && receivedWithinMonths == null && notReceivedWithinMonths == null) {
            problems.add(new FieldProblem("receivedWithinMonths", "outreach.filter.periodRequired"));
        }
        if (segmentCodes.size() > MAX_VALUES) {
            problems.add(new FieldProblem("segmentCodes", "outreach.filter.tooMany"));
        }
        if (cities.size() > MAX_VALUES) {
            problems.add(new FieldProblem("cities", "outreach.filter.tooMany"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return this;
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static AudienceFilter fromJson(String json) {
        return JSON.readValue(json, AudienceFilter.class);
    }

    private static void range(String fromField, Integer from, String toField, Integer to, int min, int max,
            List<FieldProblem> problems) {
        boolean fromOk = within(fromField, from, min, max, problems);
        boolean toOk = within(toField, to, min, max, problems);
        if (fromOk && toOk && from != null && to != null && to < from) {
            problems.add(new FieldProblem(toField, "outreach.filter.range"));
        }
    }

    private static boolean within(String field, Integer value, int min, int max, List<FieldProblem> problems) {
        if (value != null && (value < min || value > max)) {
            problems.add(new FieldProblem(field, "outreach.filter.outOfBounds"));
            return false;
        }
        return true;
    }

    private static List<String> cleaned(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).distinct()
                        .toList();
    }
}
