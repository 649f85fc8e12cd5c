package sa.silah.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * What the record of processing activities says of one activity: what it is for and on which legal basis, whose data
 * of which kinds, who receives it, how long it is kept, whether it leaves the Kingdom (then where to and under which
 * safeguard), how it is protected and who answers for it.
 */
public record ProcessingActivityDetails(String nameAr, String nameEn, String purpose, LegalBasis legalBasis,
        String dataSubjects, Set<DataCategory> dataCategories, String recipients, String retentionPeriod,
        boolean transfersAbroad, String transferDestination, String transferSafeguard, String securityMeasures,
        String ownerDepartment, String ownerPerson) {

    public ProcessingActivityDetails {
        dataCategories = DataCategories.copy(dataCategories);
    }

    /** @throws InvalidFieldsException naming every field with a problem */
    public ProcessingActivityDetails check() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.required(nameAr, 200, "nameAr", "privacy.processing.nameRequired", problems);
        Texts.optional(nameEn, 200, "nameEn", problems);
        Texts.required(purpose, 2000, "purpose", "privacy.processing.purposeRequired", problems);
        if (legalBasis == null) {
            problems.add(new FieldProblem("legalBasis", "privacy.processing.legalBasisRequired"));
        }
        Texts.required(dataSubjects, 1000, "dataSubjects", "privacy.processing.dataSubjectsRequired", problems);
        if (dataCategories.isEmpty()) {
            problems.add(new FieldProblem("dataCategories", "privacy.dataCategoriesRequired"));
        }
        Texts.optional(recipients, 1000, "recipients", problems);
        Texts.required(retentionPeriod, 500, "retentionPeriod", "privacy.processing.retentionRequired", problems);
        if (transfersAbroad) {
            // A transfer outside the Kingdom is lawful only to a named place under a named safeguard.
            Texts.required(transferDestination, 300, "transferDestination",
                    "privacy.processing.transferDestinationRequired", problems);
            Texts.required(transferSafeguard, 1000, "transferSafeguard",
                    "privacy.processing.transferSafeguardRequired", problems);
        }
        Texts.optional(securityMeasures, 2000, "securityMeasures", problems);
        Texts.required(ownerDepartment, 200, "ownerDepartment", "privacy.processing.ownerRequired", problems);
        Texts.optional(ownerPerson, 200, "ownerPerson", problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return this;
    }
}
