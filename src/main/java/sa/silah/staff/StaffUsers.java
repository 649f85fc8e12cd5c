package sa.silah.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUsers extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> findByUsernameIn(Collection<String> usernames);

    boolean existsByUsername(String username);

    Page<StaffUser> findAllByOrderByUsernameAsc(Pageable pageable);

    List<StaffUser> findByDepartmentIdAndEnabledTrueOrderByUsernameAsc(Long departmentId);

    List<StaffUser> findByEnabledTrueOrderByUsernameAsc();
}
