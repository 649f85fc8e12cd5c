package sa.silah.casework;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Interactions extends JpaRepository<Interaction, Long> {

    Page<Interaction> findByBeneficiaryIdOrderByOccurredAtDescIdDesc(UUID beneficiaryId, Pageable pageable);

    Page<Interaction> findByRequestIdOrderByOccurredAtDescIdDesc(UUID requestId, Pageable pageable);

    Optional<Interaction> findByExternalId(String externalId);
}
