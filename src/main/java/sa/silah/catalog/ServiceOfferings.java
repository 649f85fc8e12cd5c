package sa.silah.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ServiceOfferings extends JpaRepository<ServiceOffering, Long>, JpaSpecificationExecutor<ServiceOffering> {

    Optional<ServiceOffering> findByCode(String code);

    List<ServiceOffering> findByActiveTrueOrderByNameArAsc();

    List<ServiceOffering> findByActiveTrueAndPublicServiceTrueOrderByNameArAsc();

    List<ServiceOffering> findByDepartmentIdOrderByNameArAsc(Long departmentId);
}
