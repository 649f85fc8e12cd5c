package sa.silah.privacy;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrivacyNotices extends JpaRepository<PrivacyNotice, Long> {

    Optional<PrivacyNotice> findFirstByOrderByVersionDesc();

    Optional<PrivacyNotice> findByVersion(int version);

    Page<PrivacyNotice> findAllByOrderByVersionDesc(Pageable pageable);
}
