package sa.silah.sla;

import java.time.LocalDate;
import java.util.List;

import sa.silah.shared.FieldProblem;

/**
 * What an administrator enters for a holiday. A one-day holiday may leave {@code lastDay} empty.
 */
public record HolidayDetails(String nameAr, String nameEn, LocalDate firstDay, LocalDate lastDay) {

    LocalDate lastDayOrFirst() {
        return lastDay == null ? firstDay : lastDay;
    }

    /** Every problem at once, so that the form marks each field. */
    List<FieldProblem> problems() {
        return DayRanges.check(nameAr, nameEn, firstDay, lastDay);
    }
}
