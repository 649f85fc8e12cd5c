package sa.silah.sla;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The holidays and other working hours administrators keep. Every change publishes
 * {@link BusinessCalendarChanged}; once it commits, the {@link BusinessCalendar} of this node reloads, and
 * the other nodes within {@code silah.calendar.refresh-interval}.
 */
@Service
@Transactional
public class CalendarAdministration {

    private final Holidays holidays;
    private final WorkingHoursOverrides workingHours;
    private final ApplicationEventPublisher events;

    CalendarAdministration(Holidays holidays, WorkingHoursOverrides workingHours, ApplicationEventPublisher events) {
        this.holidays = holidays;
        this.workingHours = workingHours;
        this.events = events;
    }

    /** The holidays of a Gregorian year, including those that begin or end in a neighbouring year. */
    @Transactional(readOnly = true)
    public List<Holiday> holidaysOf(int year) {
        return holidays.touching(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The ranges of other working hours in a Gregorian year, including those that cross into it. */
    @Transactional(readOnly = true)
    public List<WorkingHoursOverride> workingHoursOf(int year) {
        return workingHours.touching(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    public Holiday holiday(long id) {
        return holidays.findById(id).orElseThrow(() -> new RecordNotFoundException("holiday", id));
    }

    @Transactional(readOnly = true)
    public WorkingHoursOverride workingHours(long id) {
        return workingHours.findById(id).orElseThrow(() -> new RecordNotFoundException("working hours", id));
    }

    public Holiday addHoliday(HolidayDetails details) {
        refuseIfInvalid(details.problems());
        Holiday holiday = holidays.save(new Holiday(details));
        changed(holiday.getFirstDay(), holiday.getLastDay());
        return holiday;
    }

    public Holiday changeHoliday(long id, HolidayDetails details) {
        refuseIfInvalid(details.problems());
        Holiday holiday = holiday(id);
        LocalDate oldFirst = holiday.getFirstDay();
        LocalDate oldLast = holiday.getLastDay();
        holiday.change(details);
        events.publishEvent(BusinessCalendarChanged.covering(oldFirst, oldLast, holiday.getFirstDay(), holiday.getLastDay()));
        return holiday;
    }

    public void removeHoliday(long id) {
        Holiday holiday = holiday(id);
        holidays.delete(holiday);
        changed(holiday.getFirstDay(), holiday.getLastDay());
    }

    /** Adds other hours for a range of days; ranges of other hours may not overlap, so each day has one answer. */
    public WorkingHoursOverride addWorkingHours(WorkingHoursDetails details) {
        refuseIfInvalid(details.problems());
        refuseOverlap(details, null);
        WorkingHoursOverride range = workingHours.save(new WorkingHoursOverride(details));
        changed(range.getFirstDay(), range.getLastDay());
        return range;
    }

    public WorkingHoursOverride changeWorkingHours(long id, WorkingHoursDetails details) {
        refuseIfInvalid(details.problems());
        WorkingHoursOverride range = workingHours(id);
        refuseOverlap(details, range.getId());
        LocalDate oldFirst = range.getFirstDay();
        LocalDate oldLast = range.getLastDay();
        range.change(details);
        events.publishEvent(BusinessCalendarChanged.covering(oldFirst, oldLast, range.getFirstDay(), range.getLastDay()));
        return range;
    }

    public void removeWorkingHours(long id) {
        WorkingHoursOverride range = workingHours(id);
        workingHours.delete(range);
        changed(range.getFirstDay(), range.getLastDay());
    }

    private void refuseOverlap(WorkingHoursDetails details, Long except) {
        boolean overlaps = workingHours.touching(details.firstDay(), details.lastDay()).stream()
                .anyMatch(other -> !other.getId().equals(except));
        if (overlaps) {
            throw new InvalidFieldsException(List.of(new FieldProblem("firstDay", "calendar.hours.overlap")));
        }
    }

    private static void refuseIfInvalid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private void changed(LocalDate firstDay, LocalDate lastDay) {
        events.publishEvent(new BusinessCalendarChanged(firstDay, lastDay));
    }
}
