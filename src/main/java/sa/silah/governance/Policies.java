package sa.silah.governance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Policies extends JpaRepository<Policy, Long> {

    Optional<Policy> findByCode(String code);

    List<Policy> findAllByOrderByCode();
}
