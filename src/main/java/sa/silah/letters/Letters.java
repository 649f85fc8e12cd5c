package sa.silah.letters;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Letters extends JpaRepository<Letter, UUID>, JpaSpecificationExecutor<Letter> {

    Optional<Letter> findByNumber(String number);
}
