package sa.silah.inbound;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnidentifiedContacts extends JpaRepository<UnidentifiedContact, Long> {

    boolean existsByExternalId(String externalId);

    Page<UnidentifiedContact> findByResolvedAtIsNullOrderByReceivedAtDescIdDesc(Pageable pageable);

    Page<UnidentifiedContact> findAllByOrderByReceivedAtDescIdDesc(Pageable pageable);
}
