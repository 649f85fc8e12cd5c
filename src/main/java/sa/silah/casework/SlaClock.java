package sa.silah.casework;

import java.time.Instant;

import sa.silah.sla.BusinessCalendar;
import sa.silah.sla.BusinessDuration;

/**
 * The business calendar as requests use it: when a promise falls due, when it becomes at risk (a
 * configurable share of its business time used, 75 % by default), and how much business time passed.
 */
public record SlaClock(BusinessCalendar calendar, double atRiskShare) {

    public SlaClock {
        if (atRiskShare <= 0 || atRiskShare >= 1) {
            throw new IllegalArgumentException("The at-risk share must lie between 0 and 1, not " + atRiskShare);
        }
    }

    Instant dueAt(Instant from, BusinessDuration promised) {
        return calendar.addBusinessTime(from, promised);
    }

    Instant atRiskAt(Instant from, BusinessDuration promised) {
        return calendar.addBusinessTime(from, BusinessDuration.ofMinutes(Math.round(promised.minutes() * atRiskShare)));
    }

    BusinessDuration between(Instant from, Instant to) {
        return calendar.businessTimeBetween(from, to);
    }

    Instant shift(Instant instant, BusinessDuration by) {
        return calendar.addBusinessTime(instant, by);
    }
}
