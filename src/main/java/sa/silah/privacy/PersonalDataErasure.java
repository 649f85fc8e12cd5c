package sa.silah.privacy;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.LegalHoldException;
import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Destroys a beneficiary's personal data everywhere Silah keeps it, in one transaction: every module that holds
 * some blanks it, then the registry anonymises the record. What the statistics count stays, so the reports give
 * the same figures before and after.
 */
@Service
public class PersonalDataErasure {

    private final BeneficiaryRegistry registry;
    private final List<PersonalDataHolder> holders;

    PersonalDataErasure(BeneficiaryRegistry registry, List<PersonalDataHolder> holders) {
        this.registry = registry;
        this.holders = holders;
    }

    /**
     * Erases the beneficiary; erasing one already anonymised changes nothing more.
     *
     * @throws LegalHoldException when the record is under a legal hold, before anything is changed
     */
    @Transactional
    public Beneficiary erase(UUID beneficiaryId) {
        PersonalIdentifiers person = registry.identifiersForErasure(beneficiaryId);
        holders.forEach(holder -> holder.erase(person));
        return registry.anonymise(beneficiaryId);
    }
}
