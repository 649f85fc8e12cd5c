package sa.silah.satisfaction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.satisfaction.SatisfactionEvents.FollowUpClosed;
import sa.silah.satisfaction.SatisfactionEvents.FollowUpOpened;
import sa.silah.sla.BusinessCalendar;
import sa.silah.sla.BusinessDuration;

/**
 * Service recovery: the follow-ups low ratings open for the department's managers, due within business days,
 * and what the managers record when they close them.
 */
@Service
@Transactional
public class ServiceRecovery {

    private final FollowUps followUps;
    private final BusinessCalendar calendar;
    private final SatisfactionProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceRecovery(FollowUps followUps, BusinessCalendar calendar, SatisfactionProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.followUps = followUps;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    FollowUp open(SurveyResponse response, FollowUp.Reason reason) {
        Instant now = clock.instant();
        Instant due = calendar.addBusinessTime(now, BusinessDuration.ofDays(properties.followUpBusinessDays()));
        FollowUp followUp = followUps.save(FollowUp.open(response, reason, now, due));
        events.publishEvent(new FollowUpOpened(followUp.getId(), followUp.getRequestId(), followUp.getRequestRef(),
                followUp.getDepartmentId(), due));
        return followUp;
    }

    @Transactional(readOnly = true)
    public FollowUp get(UUID id) {
        return followUps.findById(id).orElseThrow(() -> new NoSuchElementException("no follow-up " + id));
    }

    /** The follow-ups of a request, the newest first. */
    @Transactional(readOnly = true)
    public List<FollowUp> ofRequest(UUID requestId) {
        return followUps.findByRequestIdOrderByOpenedAtDesc(requestId);
    }

    /** The follow-ups in a scope and state, the latest due first. */
    @Transactional(readOnly = true)
    public Page<FollowUp> list(FollowUpScope scope, FollowUpState state, Pageable pageable) {
        Pageable byDue = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("dueAt"), Sort.Order.asc("id")));
        return followUps.findAll(scope.matching(state, clock.instant()), byDue);
    }

    @Transactional(readOnly = true)
    public long count(FollowUpScope scope, FollowUpState state) {
        return followUps.count(scope.matching(state, clock.instant()));
    }

    /** The open follow-ups of a scope due the soonest (the overdue ones first), for a manager's dashboard. */
    @Transactional(readOnly = true)
    public List<FollowUp> mostUrgent(FollowUpScope scope, int limit) {
        return followUps.findAll(scope.matching(FollowUpState.OPEN, clock.instant()),
                PageRequest.of(0, limit, Sort.by(Sort.Order.asc("dueAt"), Sort.Order.asc("id")))).getContent();
    }

    /**
     * Records what was done and closes the follow-up; with {@code tellBeneficiary} the outcome is sent to the
     * beneficiary on their channel.
     */
    public FollowUp close(UUID id, String outcome, boolean tellBeneficiary, String actor) {
        FollowUp followUp = get(id);
        followUp.close(outcome, tellBeneficiary, actor, clock.instant());
        events.publishEvent(new FollowUpClosed(followUp.getId(), followUp.getRequestId(), followUp.getBeneficiaryId(),
                followUp.getOutcome(), followUp.isBeneficiaryTold()));
        return followUp;
    }
}
