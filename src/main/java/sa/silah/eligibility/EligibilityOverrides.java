package sa.silah.eligibility;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EligibilityOverrides extends JpaRepository<EligibilityOverride, Long> {

    @Query(value = """
            select new sa.silah.eligibility.OverrideCount(o.serviceId, o.officer, count(o), max(o.overriddenAt))
            from EligibilityOverride o group by o.serviceId, o.officer order by count(o) desc, o.serviceId, o.officer""",
            countQuery = "select count(distinct concat(cast(o.serviceId as String), '|', o.officer)) from EligibilityOverride o")
    Page<OverrideCount> countsByServiceAndOfficer(Pageable pageable);

    @Query("""
            select o from EligibilityOverride o
            where (:serviceId is null or o.serviceId = :serviceId) and (:officer is null or o.officer = :officer)
            order by o.overriddenAt desc, o.id desc""")
    Page<EligibilityOverride> find(@Param("serviceId") Long serviceId, @Param("officer") String officer,
            Pageable pageable);

    List<EligibilityOverride> findByBeneficiaryId(UUID beneficiaryId);
}
