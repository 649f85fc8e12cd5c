package sa.silah.privacy;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.audit.FieldChange;
import sa.silah.audit.RecordChanged;
import sa.silah.shared.CurrentActor;
import sa.silah.shared.RecordNotFoundException;

/**
 * The record of processing activities (سجل أنشطة المعالجة) the PDPL asks the association to keep: entries added and
 * changed by the administrator, each change published as {@link RecordChanged} in the same transaction.
 */
@Service
@Transactional
public class ProcessingRecord {

    /** The audit subject type of an entry. */
    public static final String SUBJECT = "PROCESSING_ACTIVITY";
    /** The order of the list and of the printed record: by Arabic name, then as entered. */
    private static final Sort ORDER = Sort.by("nameAr", "id");

    private final ProcessingActivities activities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcessingRecord(ProcessingActivities activities, ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.events = events;
        this.clock = clock;
    }

    public ProcessingActivity record(ProcessingActivityDetails details) {
        ProcessingActivity activity = activities.saveAndFlush(
                new ProcessingActivity(details.check(), CurrentActor.name(), clock.instant()));
        publish(activity, "CREATED", activity.changesSinceNothing());
        return activity;
    }

    public ProcessingActivity change(long id, ProcessingActivityDetails details) {
        ProcessingActivity activity = get(id);
        List<FieldChange> changes = activity.change(details.check(), CurrentActor.name(), clock.instant());
        if (!changes.isEmpty()) {
            publish(activity, "UPDATED", changes);
        }
        return activity;
    }

    @Transactional(readOnly = true)
    public ProcessingActivity get(long id) {
        return activities.findById(id).orElseThrow(() -> new RecordNotFoundException("processing activity", id));
    }

    @Transactional(readOnly = true)
    public Page<ProcessingActivity> page(int page, int size) {
        return activities.findAll(PageRequest.of(Math.max(page, 0), size, ORDER));
    }

    /** The whole record, for printing: a document the authority may ask for, so every entry is on it. */
    @Transactional(readOnly = true)
    public List<ProcessingActivity> all() {
        return activities.findAll(ORDER);
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return activities.count() == 0;
    }

    private void publish(ProcessingActivity activity, String action, List<FieldChange> changes) {
        events.publishEvent(new RecordChanged(SUBJECT, activity.getId().toString(), action, CurrentActor.name(),
                changes, clock.instant()));
    }
}
