package sa.silah.beneficiary;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Segments extends JpaRepository<Segment, Long> {

    List<Segment> findAllByOrderBySortOrderAscCodeAsc();

    List<Segment> findByActiveTrueOrderBySortOrderAscCodeAsc();

    List<Segment> findByCodeIn(Collection<String> codes);

    Optional<Segment> findByCode(String code);
}
