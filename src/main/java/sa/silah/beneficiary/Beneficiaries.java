package sa.silah.beneficiary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Beneficiaries extends JpaRepository<Beneficiary, UUID> {

    Optional<Beneficiary> findByNationalId(String nationalId);

    Optional<Beneficiary> findByRegistrationNumber(String registrationNumber);

    /** At most two holders of a mobile: enough to tell whether it names one beneficiary. */
    List<Beneficiary> findTop2ByMobile(String mobile);

    /** Probable duplicates: the same normalised name and the same mobile. */
    List<Beneficiary> findTop5BySearchNameAndMobile(String searchName, String mobile);
}
