package sa.silah.privacy;

import org.springframework.stereotype.Component;

import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Erasing a beneficiary blanks what their data-subject requests say about them and deletes the copies handed over;
 * the requests themselves stay, with their rights, dates and outcomes, as the record that the law was followed.
 */
@Component
class DataSubjectRequestErasure implements PersonalDataHolder {

    private final DataSubjectRequestRecords records;
    private final DataSubjectCopies copies;

    DataSubjectRequestErasure(DataSubjectRequestRecords records, DataSubjectCopies copies) {
        this.records = records;
        this.copies = copies;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        records.findByBeneficiaryId(person.beneficiaryId()).forEach(request -> request.forget(person));
        copies.deleteOfBeneficiary(person.beneficiaryId());
    }
}
