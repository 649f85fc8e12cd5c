package sa.silah.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.Dates;

/**
 * Reminds before assessments lapse: each beneficiary's latest verified assessment whose validity ends within the
 * configured window is marked and announced once; an older one, superseded by a newer verification, never is.
 */
@Service
@Transactional
public class AssessmentReminders {

    private static final int BATCH = 200;

    private final AssessmentRecords assessments;
    private final AssessmentReminderProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentReminders(AssessmentRecords assessments, AssessmentReminderProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the reminders that came due; answers how many. Marked ones leave the query, so each batch is new. */
    public int remindDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Dates.RIYADH);
        LocalDate lapsingBy = today.plus(properties.reminderBefore());
        int reminded = 0;
        List<Assessment> due;
        do {
            due = assessments.lapsingUnreminded(AssessmentStatus.VERIFIED, today, lapsingBy, PageRequest.of(0, BATCH));
            for (Assessment assessment : due) {
                assessment.reminded(now);
                events.publishEvent(new AssessmentLapsing(assessment.getBeneficiaryId(), assessment.getId(),
                        assessment.getValidUntil(), assessment.officer(), now));
            }
            assessments.flush();
            reminded += due.size();
        } while (due.size() == BATCH);
        return reminded;
    }
}
