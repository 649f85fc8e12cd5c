package sa.silah.letters;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.RecordNotFoundException;

/** The templates of outgoing letters: read when drafting, reworded by administrators. */
@Service
@Transactional
public class LetterTemplateCatalog {

    private final LetterTemplates templates;
    private final Clock time;

    LetterTemplateCatalog(LetterTemplates templates, Clock time) {
        this.templates = templates;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<LetterTemplate> all() {
        return templates.findAllByOrderByPositionAscCodeAsc();
    }

    @Transactional(readOnly = true)
    public LetterTemplate get(String code) {
        return templates.findById(code).orElseThrow(() -> new RecordNotFoundException("letter template", code));
    }

    /** Rewords a template; a placeholder that is not one of {@link Placeholders#KNOWN} is refused on its field. */
    public LetterTemplate reword(String code, LetterTemplate.Wording wording, String actor) {
        LetterTemplate template = get(code);
        template.reword(wording, actor, time.instant());
        return templates.save(template);
    }
}
