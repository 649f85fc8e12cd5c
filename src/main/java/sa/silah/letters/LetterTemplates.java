package sa.silah.letters;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterTemplates extends JpaRepository<LetterTemplate, String> {

    List<LetterTemplate> findAllByOrderByPositionAscCodeAsc();
}
