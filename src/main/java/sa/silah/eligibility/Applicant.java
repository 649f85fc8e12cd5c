package sa.silah.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rules look at about one beneficiary: their segments, the need level and income per member of their valid
 * assessment (null when none is valid), their birth date, household size (null for an organisation), city, and the
 * day they last received the service (null when never, or when no rule asks).
 */
public record Applicant(List<SegmentName> segments, sa.silah.assessment.NeedLevel needLevel,
        BigDecimal incomePerMember, LocalDate birthDate, Integer householdSize, String city, LocalDate lastReceived) {

    public Applicant {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** A segment by code with its names, as the registry keeps them. */
    public record SegmentName(String code, String nameAr, String nameEn) {
    }
}
