package sa.silah.knowledge;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.silah.shared.Mentions;
import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Erasure in the knowledge library, which keeps no text of the beneficiaries' inquiries (a use records only which
 * item answered which request, and the answer sent is a notification's): an entry written from a case, and its
 * passages in the search index, are blanked where they name the person.
 */
@Component
class KnowledgeErasure implements PersonalDataHolder {

    private final JdbcClient jdbc;

    KnowledgeErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        new Mentions(jdbc, person).blank("knowledge_entry", List.of("id"),
                List.of("question_ar", "question_en", "answer_ar", "answer_en", "tags"));
        new Mentions(jdbc, person).blank("knowledge_passage", List.of("id"), List.of("text"));
        new Mentions(jdbc, person.normalized()).blank("knowledge_passage", List.of("id"), List.of("normalized"));
    }
}
