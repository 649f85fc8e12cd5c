package sa.silah.satisfaction;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Improvements extends JpaRepository<Improvement, Long> {

    Page<Improvement> findAllByOrderByMadeOnDescIdDesc(Pageable pageable);

    List<Improvement> findByMadeOnBetweenOrderByMadeOnAscIdAsc(LocalDate from, LocalDate to);
}
