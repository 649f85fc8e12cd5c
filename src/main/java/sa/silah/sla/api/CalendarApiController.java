package sa.silah.sla.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.shared.ApiController;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.InvalidValueException;
import sa.silah.sla.BusinessCalendar;
import sa.silah.sla.BusinessDuration;

@ApiController("/api/v1/calendar")
@Tag(name = "Business calendar", description = "Due times on the Saudi business calendar: Sunday to Thursday, "
        + "working hours in Asia/Riyadh, public holidays and Ramadan hours")
class CalendarApiController {

    private final BusinessCalendar calendar;

    CalendarApiController(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @Schema(description = "A due time; the times are ISO-8601 with the calendar's offset (+03:00 for Riyadh)")
    record DueResponse(
            @Schema(example = "2026-11-26T15:00:00+03:00") String from,
            @Schema(example = "P1D") String duration,
            @Schema(example = "2026-11-29T15:00:00+03:00") String dueAt) {
    }

    @GetMapping("/due")
    @Operation(summary = "When a duration of business time, counted from a moment, runs out",
            description = "Counts only working time: a start outside working hours counts from the next opening, "
                    + "and a due time that falls exactly at a day's closing stays there. P1D is one business day "
                    + "of eight working hours, even where a day has shorter hours (Ramadan).")
    DueResponse due(
            @Parameter(description = "The start: an ISO-8601 instant or date-time with offset",
                    example = "2026-11-26T15:00:00+03:00") @RequestParam(required = false) String from,
            @Parameter(description = "Business time as an ISO-8601 duration: P1D (one business day), PT4H, P2DT4H",
                    example = "P1D") @RequestParam(required = false) String duration) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant start = parseFrom(from, problems);
        BusinessDuration businessDuration = parseDuration(duration, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        try {
            Instant dueAt = calendar.addBusinessTime(start, businessDuration);
            return new DueResponse(format(start), businessDuration.toString(), format(dueAt));
        }
        catch (InvalidValueException tooFar) {
            throw new InvalidFieldsException(List.of(new FieldProblem("duration", tooFar.messageKey())));
        }
    }

    private static Instant parseFrom(String from, List<FieldProblem> problems) {
        if (from == null || from.isBlank()) {
            problems.add(new FieldProblem("from", "calendar.from.required"));
            return null;
        }
        try {
            return OffsetDateTime.parse(from.strip()).toInstant();
        }
        catch (DateTimeParseException notOffsetDateTime) {
            try {
                return Instant.parse(from.strip());
            }
            catch (DateTimeParseException notInstant) {
                problems.add(new FieldProblem("from", "calendar.from.invalid"));
                return null;
            }
        }
    }

    private static BusinessDuration parseDuration(String duration, List<FieldProblem> problems) {
        if (duration == null || duration.isBlank()) {
            problems.add(new FieldProblem("duration", "calendar.duration.required"));
            return null;
        }
        try {
            return BusinessDuration.parse(duration);
        }
        catch (InvalidValueException invalid) {
            problems.add(new FieldProblem("duration", invalid.messageKey()));
            return null;
        }
    }

    private String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(calendar.zone()));
    }
}
