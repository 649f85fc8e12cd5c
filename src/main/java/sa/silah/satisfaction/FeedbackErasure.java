package sa.silah.satisfaction;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.silah.shared.Mentions;
import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Erasure in satisfaction. The person's responses keep their scores, answers' choices, dates and breakdowns, which
 * every figure counts, and lose their free-text answers; the follow-ups of their low ratings keep their dates and
 * lose the outcome written after the call. Comments of other people, follow-ups and published improvements are
 * blanked where they name the person. Invitations hold no address (the message does, in notifications).
 */
@Component
class FeedbackErasure implements PersonalDataHolder {

    private final JdbcClient jdbc;

    FeedbackErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        jdbc.sql("""
                update survey_answer set text = :erased where text is not null
                and response_id in (select id from survey_response where beneficiary_id = :beneficiary)""")
                .param("erased", PersonalIdentifiers.ERASED).param("beneficiary", person.beneficiaryId()).update();
        jdbc.sql("""
                update follow_up set outcome = :erased, version = version + 1
                where outcome is not null and beneficiary_id = :beneficiary""")
                .param("erased", PersonalIdentifiers.ERASED).param("beneficiary", person.beneficiaryId()).update();
        Mentions mentions = new Mentions(jdbc, person);
        mentions.blank("survey_answer", List.of("response_id", "question_key"), List.of("text"));
        mentions.blank("follow_up", List.of("id"), List.of("outcome"));
        mentions.blank("improvement", List.of("id"), List.of("text_ar", "text_en"));
    }
}
