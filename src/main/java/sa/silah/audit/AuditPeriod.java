package sa.silah.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** The Riyadh days a filter spans, as the instants the tables store. */
final class AuditPeriod {

    private AuditPeriod() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void check(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldsException(List.of(new FieldProblem("to", "audit.filter.toBeforeFrom")));
        }
    }

    /** The first instant of the day in Riyadh, or null for no lower bound. */
    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Dates.RIYADH).toInstant();
    }

    /** The first instant after the day in Riyadh, so that the day is included; null for no upper bound. */
    static Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(Dates.RIYADH).toInstant();
    }
}
