package sa.silah.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalDataAccesses extends JpaRepository<PersonalDataAccess, Long> {

    Page<PersonalDataAccess> findBySubjectTypeAndSubjectIdOrderByAccessedAtDescIdDesc(String subjectType,
            String subjectId, Pageable pageable);
}
