package sa.silah.shared;

/**
 * A module that keeps personal data about beneficiaries outside the registry. When a beneficiary is erased (a
 * data-subject's request to destroy, or a retention rule), every holder blanks, in the same transaction, what
 * identifies the person — names, identifiers, contacts, free texts that name them, files — and keeps what the
 * statistics count: rows, dates, durations, statuses and ratings.
 */
public interface PersonalDataHolder {

    void erase(PersonalIdentifiers person);
}
