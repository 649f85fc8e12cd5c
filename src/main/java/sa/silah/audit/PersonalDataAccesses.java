package sa.silah.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only: accesses are saved and read, never changed or deleted (no such method exists here). */
interface PersonalDataAccesses extends Repository<PersonalDataAccess, Long> {

    PersonalDataAccess save(PersonalDataAccess access);

    Page<PersonalDataAccess> findBySubjectTypeAndSubjectIdOrderByAccessedAtDescIdDesc(String subjectType,
            String subjectId, Pageable pageable);
}
