package sa.silah.sla;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Holidays extends JpaRepository<Holiday, Long> {

    /** The holidays that touch the days from {@code first} to {@code last}, earliest first. */
    @Query("select h from Holiday h where h.firstDay <= :last and h.lastDay >= :first order by h.firstDay, h.id")
    List<Holiday> touching(@Param("first") LocalDate first, @Param("last") LocalDate last);
}
