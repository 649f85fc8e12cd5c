package sa.silah.outreach;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Erasure in outreach: an erased person is not to be called, so their open call tasks are cancelled, and the
 * officers' notes, which may name them, are blanked; the tasks stay, dated, for the counts.
 */
@Component
class CallTaskErasure implements PersonalDataHolder {

    private final CallTaskRecords tasks;
    private final Clock clock;

    CallTaskErasure(CallTaskRecords tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        tasks.findByBeneficiaryId(person.beneficiaryId())
                .forEach(task -> task.forget(clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }
}
