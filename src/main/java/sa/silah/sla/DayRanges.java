package sa.silah.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import sa.silah.shared.FieldProblem;

/** The rules holidays and other working hours share: two names and a range of whole days. */
final class DayRanges {

    /** A holiday or an hours range covers at most a year; a longer one is a typing mistake. */
    static final int MOST_DAYS = 366;

    private static final int LONGEST_NAME = 200;

    private DayRanges() {
    }

    static void require(LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A range of days ends on or after its first day: " + firstDay + "–" + lastDay);
        }
    }

    static List<FieldProblem> check(String nameAr, String nameEn, LocalDate firstDay, LocalDate lastDay) {
        List<FieldProblem> problems = new ArrayList<>();
        if (nameAr == null || nameAr.isBlank() || nameAr.strip().length() > LONGEST_NAME) {
            problems.add(new FieldProblem("nameAr", "calendar.name.required"));
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.strip().length() > LONGEST_NAME) {
            problems.add(new FieldProblem("nameEn", "calendar.name.required"));
        }
        if (firstDay == null) {
            problems.add(new FieldProblem("firstDay", "calendar.firstDay.required"));
        }
        else if (lastDay != null && lastDay.isBefore(firstDay)) {
            problems.add(new FieldProblem("lastDay", "calendar.lastDay.beforeFirstDay"));
        }
        else if (lastDay != null && lastDay.toEpochDay() - firstDay.toEpochDay() >= MOST_DAYS) {
            problems.add(new FieldProblem("lastDay", "calendar.days.tooMany"));
        }
        return problems;
    }
}
