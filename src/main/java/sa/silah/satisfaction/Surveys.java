package sa.silah.satisfaction;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Surveys extends JpaRepository<Survey, Long> {

    Optional<Survey> findByCodeAndRetiredAtIsNull(String code);

    List<Survey> findByRetiredAtIsNullOrderByCode();

    List<Survey> findByCodeOrderByVersionNoDesc(String code);
}
