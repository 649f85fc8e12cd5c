package sa.silah.sla.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.InvalidValueException;
import sa.silah.sla.BusinessCalendar;
import sa.silah.sla.BusinessDuration;
import sa.silah.sla.CalendarAdministration;
import sa.silah.sla.CalendarProperties;
import sa.silah.sla.Holiday;
import sa.silah.sla.WorkingHoursOverride;

/**
 * Administrators keep the holidays and the other working hours (Ramadan) of the business calendar, year
 * by year, and try the due-time arithmetic on it.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    private static final String FORM = "sla/form";

    private final CalendarAdministration administration;
    private final BusinessCalendar calendar;
    private final CalendarProperties properties;

    CalendarAdminController(CalendarAdministration administration, BusinessCalendar calendar,
            CalendarProperties properties) {
        this.administration = administration;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** What the page shows of a due-time calculation; {@code dueDay} is the weekday, which matters most here. */
    record Due(Instant start, Instant countingFrom, BusinessDuration duration, Instant dueAt, String dueDay) {
    }

    @GetMapping
    String calendar(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        overview(year, model, locale);
        model.addAttribute("start", LocalDateTime.now(calendar.zone()).truncatedTo(ChronoUnit.MINUTES));
        model.addAttribute("duration", "P1D");
        return "sla/calendar";
    }

    @GetMapping("/due")
    String duePage(@RequestParam(required = false) String start, @RequestParam(required = false) String duration,
            @RequestParam(required = false) Integer year, Model model, Locale locale) {
        overview(year, model, locale);
        due(start, duration, model, locale);
        return "sla/calendar";
    }

    @HxRequest
    @GetMapping("/due")
    String dueFragment(@RequestParam(required = false) String start, @RequestParam(required = false) String duration,
            Model model, Locale locale) {
        due(start, duration, model, locale);
        return "sla/calendar :: due";
    }

    private void overview(Integer requestedYear, Model model, Locale locale) {
        int year = requestedYear == null ? LocalDate.now(calendar.zone()).getYear() : Math.max(1900, Math.min(2200, requestedYear));
        model.addAttribute("year", year);
        model.addAttribute("holidays", administration.holidaysOf(year));
        model.addAttribute("workingHours", administration.workingHoursOf(year));
        model.addAttribute("workingDays", properties.workingDays().stream()
                .sorted(Comparator.comparingInt(day -> day.getValue() % 7))
                .map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList());
        model.addAttribute("regular", properties);
    }

    private void due(String start, String duration, Model model, Locale locale) {
        model.addAttribute("start", start);
        model.addAttribute("duration", duration);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDateTime localStart = null;
        BusinessDuration businessDuration = null;
        try {
            localStart = LocalDateTime.parse(start == null ? "" : start.strip());
        }
        catch (DateTimeParseException notADateTime) {
            problems.add(new FieldProblem("start", "calendar.try.start.invalid"));
        }
        try {
            businessDuration = BusinessDuration.parse(duration);
        }
        catch (InvalidValueException invalid) {
            problems.add(new FieldProblem("duration", invalid.messageKey()));
        }
        if (problems.isEmpty()) {
            Instant from = localStart.atZone(calendar.zone()).toInstant();
            try {
                Instant dueAt = calendar.addBusinessTime(from, businessDuration);
                DayOfWeek dueDay = dueAt.atZone(calendar.zone()).getDayOfWeek();
                model.addAttribute("due", new Due(from, calendar.nextWorkingMoment(from), businessDuration, dueAt,
                        dueDay.getDisplayName(TextStyle.FULL, locale)));
            }
            catch (InvalidValueException tooFar) {
                problems.add(new FieldProblem("duration", tooFar.messageKey()));
            }
        }
        model.addAttribute("dueProblems", problems.isEmpty() ? null : problems);
    }

    @GetMapping("/holidays/new")
    String newHoliday(Model model) {
        model.addAttribute("form", new HolidayForm());
        return holidayForm(null, model);
    }

    @PostMapping("/holidays")
    String addHoliday(@ModelAttribute("form") HolidayForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return holidayForm(null, model);
        }
        try {
            Holiday holiday = administration.addHoliday(form.toDetails());
            return saved(redirect, "calendar.holidays.saved", holiday.getFirstDay());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return holidayForm(null, model);
        }
    }

    @GetMapping("/holidays/{id}")
    String editHoliday(@PathVariable long id, Model model) {
        Holiday holiday = administration.holiday(id);
        model.addAttribute("form", HolidayForm.of(holiday));
        return holidayForm(holiday, model);
    }

    @PostMapping("/holidays/{id}")
    String changeHoliday(@PathVariable long id, @ModelAttribute("form") HolidayForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return holidayForm(administration.holiday(id), model);
        }
        try {
            Holiday holiday = administration.changeHoliday(id, form.toDetails());
            return saved(redirect, "calendar.holidays.saved", holiday.getFirstDay());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return holidayForm(administration.holiday(id), model);
        }
    }

    @PostMapping("/holidays/{id}/delete")
    String removeHoliday(@PathVariable long id, RedirectAttributes redirect) {
        LocalDate firstDay = administration.holiday(id).getFirstDay();
        administration.removeHoliday(id);
        return saved(redirect, "calendar.holidays.removed", firstDay);
    }

    @GetMapping("/hours/new")
    String newWorkingHours(Model model) {
        model.addAttribute("form", new WorkingHoursForm());
        return workingHoursForm(null, model);
    }

    @PostMapping("/hours")
    String addWorkingHours(@ModelAttribute("form") WorkingHoursForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return workingHoursForm(null, model);
        }
        try {
            WorkingHoursOverride range = administration.addWorkingHours(form.toDetails());
            return saved(redirect, "calendar.hours.saved", range.getFirstDay());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return workingHoursForm(null, model);
        }
    }

    @GetMapping("/hours/{id}")
    String editWorkingHours(@PathVariable long id, Model model) {
        WorkingHoursOverride range = administration.workingHours(id);
        model.addAttribute("form", WorkingHoursForm.of(range));
        return workingHoursForm(range, model);
    }

    @PostMapping("/hours/{id}")
    String changeWorkingHours(@PathVariable long id, @ModelAttribute("form") WorkingHoursForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return workingHoursForm(administration.workingHours(id), model);
        }
        try {
            WorkingHoursOverride range = administration.changeWorkingHours(id, form.toDetails());
            return saved(redirect, "calendar.hours.saved", range.getFirstDay());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return workingHoursForm(administration.workingHours(id), model);
        }
    }

    @PostMapping("/hours/{id}/delete")
    String removeWorkingHours(@PathVariable long id, RedirectAttributes redirect) {
        LocalDate firstDay = administration.workingHours(id).getFirstDay();
        administration.removeWorkingHours(id);
        return saved(redirect, "calendar.hours.removed", firstDay);
    }

    private static String holidayForm(Holiday holiday, Model model) {
        model.addAttribute("kind", "holidays");
        model.addAttribute("record", holiday);
        return FORM;
    }

    private static String workingHoursForm(WorkingHoursOverride range, Model model) {
        model.addAttribute("kind", "hours");
        model.addAttribute("record", range);
        return FORM;
    }

    /** Back to the year of the saved range, so the administrator sees it in place. */
    private static String saved(RedirectAttributes redirect, String message, LocalDate day) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/admin/calendar?year=" + day.getYear();
    }
}
