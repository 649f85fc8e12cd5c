package sa.silah.notification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import sa.silah.governance.Governance;
import sa.silah.governance.Policy;
import sa.silah.governance.PolicyEvents.AcknowledgementReminderDue;
import sa.silah.governance.PolicyEvents.PolicyPublished;
import sa.silah.governance.PolicyEvents.ReviewDue;
import sa.silah.shared.Dates;
import sa.silah.staff.StaffManagement;

/**
 * Circulates the association's policies to its staff: a published version to everyone, asking them to read and
 * acknowledge it; a reminder to those who have not; and the owner's reminder that the review date is near.
 */
@Component
class PolicyNotifications {

    private static final String STAFF_LANGUAGE = "ar";

    private final RequestNotifications requests;
    private final Governance governance;
    private final StaffManagement staff;

    PolicyNotifications(RequestNotifications requests, Governance governance, StaffManagement staff) {
        this.requests = requests;
        this.governance = governance;
        this.staff = staff;
    }

    @ApplicationModuleListener
    void on(PolicyPublished event) {
        Policy policy = governance.policy(event.policyId());
        requests.toStaff(null, new LinkedHashSet<>(staff.enabledUsernames()), "policy-published:" + event.versionId(),
                TemplateKey.POLICY_PUBLISHED, values(policy.getCode(), event.titleAr()));
    }

    @ApplicationModuleListener
    void on(AcknowledgementReminderDue event) {
        requests.toStaff(null, new LinkedHashSet<>(event.usernames()), "policy-acknowledge:" + event.versionId(),
                TemplateKey.POLICY_ACKNOWLEDGEMENT_REMINDER, values(event.code(), event.titleAr()));
    }

    @ApplicationModuleListener
    void on(ReviewDue event) {
        Map<String, String> values = values(event.code(), event.titleAr());
        LocalDate due = event.nextReviewDate();
        values.put("reviewDate", MessageValues.date(due.atStartOfDay(Dates.RIYADH).toInstant(), STAFF_LANGUAGE));
        values.put("reviewDateHijri",
                MessageValues.hijriDate(due.atStartOfDay(Dates.RIYADH).toInstant(), STAFF_LANGUAGE));
        requests.toStaff(null, Set.of(event.owner()), "policy-review:" + event.versionId(),
                TemplateKey.POLICY_REVIEW_DUE, values);
    }

    private Map<String, String> values(String code, String titleAr) {
        Map<String, String> values = new HashMap<>();
        values.put("policyTitle", titleAr);
        values.put("policyLink", requests.publicUrl() + "/governance/policies/" + code);
        return values;
    }
}
