package sa.silah.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.governance.PolicyEvents.AcknowledgementReminderDue;
import sa.silah.governance.PolicyEvents.ReviewDue;
import sa.silah.governance.PolicyReminder.Kind;
import sa.silah.shared.Dates;

/**
 * Keeps published policies read and reviewed: reminds the staff who have not acknowledged a version once it has
 * been out for a while, and the owner when the review date is near; each reminder once per person and version.
 */
@Service
@Transactional
public class PolicyCirculation {

    private final Governance governance;
    private final PolicyVersions versions;
    private final Policies policies;
    private final PolicyReminders reminders;
    private final GovernanceProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyCirculation(Governance governance, PolicyVersions versions, Policies policies, PolicyReminders reminders,
            GovernanceProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.governance = governance;
        this.versions = versions;
        this.policies = policies;
        this.reminders = reminders;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the reminders that came due among the versions in force. */
    public void remindDue() {
        Instant now = clock.instant();
        Instant publishedBefore = now.minus(properties.acknowledgementReminderAfter());
        LocalDate reviewBy = LocalDate.now(clock.withZone(Dates.RIYADH)).plus(properties.reviewReminderBefore());
        for (PolicyVersion version : versions.findByStatusOrderByPublishedAtDesc(PolicyStatus.PUBLISHED)) {
            Policy policy = policies.getReferenceById(version.getPolicyId());
            if (version.getPublishedAt().isBefore(publishedBefore)) {
                remindToAcknowledge(policy, version, now);
            }
            if (version.getNextReviewDate() != null && !version.getNextReviewDate().isAfter(reviewBy)) {
                remindToReview(policy, version, now);
            }
        }
    }

    private void remindToAcknowledge(Policy policy, PolicyVersion version, Instant now) {
        Set<String> reminded = reminders.findByKeyPolicyVersionIdAndKeyReminderKind(version.getId(), Kind.ACKNOWLEDGE)
                .stream().map(PolicyReminder::getStaffUsername).collect(Collectors.toSet());
        List<String> due = governance.compliance(version.getId()).pending().stream()
                .filter(username -> !reminded.contains(username)).toList();
        if (due.isEmpty()) {
            return;
        }
        reminders.saveAll(due.stream().map(username -> new PolicyReminder(version, Kind.ACKNOWLEDGE, username, now))
                .toList());
        events.publishEvent(new AcknowledgementReminderDue(policy.getId(), version.getId(), policy.getCode(),
                policy.getTitleAr(), due, now));
    }

    private void remindToReview(Policy policy, PolicyVersion version, Instant now) {
        if (!reminders.findByKeyPolicyVersionIdAndKeyReminderKind(version.getId(), Kind.REVIEW).isEmpty()) {
            return;
        }
        reminders.save(new PolicyReminder(version, Kind.REVIEW, policy.getOwnerUsername(), now));
        events.publishEvent(new ReviewDue(policy.getId(), version.getId(), policy.getCode(), policy.getTitleAr(),
                policy.getOwnerUsername(), version.getNextReviewDate(), now));
    }
}
