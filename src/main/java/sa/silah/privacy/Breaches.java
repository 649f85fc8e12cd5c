package sa.silah.privacy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Breaches extends JpaRepository<Breach, Long> {

    @Query("select coalesce(max(b.referenceSequence), 0) from Breach b where b.referenceYear = :year")
    int lastSequenceOf(@Param("year") int year);
}
