package sa.silah.sla;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkingHoursOverrides extends JpaRepository<WorkingHoursOverride, Long> {

    /** The ranges of other hours that touch the days from {@code first} to {@code last}, earliest first. */
    @Query("select o from WorkingHoursOverride o where o.firstDay <= :last and o.lastDay >= :first order by o.firstDay, o.id")
    List<WorkingHoursOverride> touching(@Param("first") LocalDate first, @Param("last") LocalDate last);
}
