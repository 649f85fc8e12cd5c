package sa.silah.sla;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import sa.silah.shared.FieldProblem;

/** What an administrator enters for other working hours over a range of days, such as Ramadan. */
public record WorkingHoursDetails(String nameAr, String nameEn, LocalDate firstDay, LocalDate lastDay,
        LocalTime opensAt, LocalTime closesAt) {

    /** Every problem at once, so that the form marks each field. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = DayRanges.check(nameAr, nameEn, firstDay, lastDay);
        if (lastDay == null) {
            problems.add(new FieldProblem("lastDay", "calendar.lastDay.required"));
        }
        if (opensAt == null) {
            problems.add(new FieldProblem("opensAt", "calendar.opensAt.required"));
        }
        if (closesAt == null) {
            problems.add(new FieldProblem("closesAt", "calendar.closesAt.required"));
        }
        else if (opensAt != null && !closesAt.isAfter(opensAt)) {
            problems.add(new FieldProblem("closesAt", "calendar.closesAt.notAfterOpensAt"));
        }
        return problems;
    }
}
