package sa.silah.activity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.privacy.PersonalDataSection;

/**
 * The activities a beneficiary registered for, as a section of their copy of their data: when and how they registered,
 * whether they held a place or waited, and whether they came.
 */
@Component
class ActivitiesSection implements PersonalDataSection {

    private final Registrations registrations;
    private final Activities activities;

    ActivitiesSection(Registrations registrations, Activities activities) {
        this.registrations = registrations;
        this.activities = activities;
    }

    @Override
    public String name() {
        return "activities";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> of(UUID beneficiaryId, List<String> references) {
        List<Registration> theirs = registrations.findByBeneficiaryIdOrderByRegisteredAtDesc(beneficiaryId);
        Map<UUID, Activity> byId = activities.findAllById(theirs.stream().map(Registration::getActivityId).toList())
                .stream().collect(Collectors.toMap(Activity::getId, Function.identity()));
        return theirs.stream().map(registration -> item(registration, byId.get(registration.getActivityId()))).toList();
    }

    private static Map<String, Object> item(Registration registration, Activity activity) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", activity.getTitleAr());
        item.put("date", activity.getStartsAt());
        item.put("registeredAt", registration.getRegisteredAt());
        item.put("channel", registration.getVia());
        item.put("status", registration.getStatus());
        item.put("attended", registration.isAttendanceRecorded() ? registration.isAttended() : null);
        return item;
    }
}
