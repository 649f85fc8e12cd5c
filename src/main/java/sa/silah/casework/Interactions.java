package sa.silah.casework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Interactions extends JpaRepository<Interaction, Long> {

    Page<Interaction> findByBeneficiaryIdOrderByOccurredAtDescIdDesc(UUID beneficiaryId, Pageable pageable);

    Page<Interaction> findByRequestIdOrderByOccurredAtDescIdDesc(UUID requestId, Pageable pageable);

    /** The contacts of a request the beneficiary may read: every one but staff's internal notes. */
    List<Interaction> findTop50ByRequestIdAndInternalFalseOrderByOccurredAtDescIdDesc(UUID requestId);

    Optional<Interaction> findByExternalId(String externalId);
}
