package sa.silah.privacy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.silah.shared.Mentions;
import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Erasure in Spring Modulith's event publication registry, whose serialized events may carry texts that name the
 * person (a status change's reason, an inquiry's answer, a follow-up's outcome). A completed publication is kept
 * only as proof that its listener ran, so one that names the person is deleted; one still to be delivered is blanked
 * where it names them, and stays deliverable (the blank is plain text inside a JSON string).
 */
@Component
class EventPublicationErasure implements PersonalDataHolder {

    private static final List<String> SERIALIZED_EVENT = List.of("serialized_event");

    private final JdbcClient jdbc;

    EventPublicationErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        Mentions mentions = new Mentions(jdbc, person);
        List<Object> parameters = new ArrayList<>(mentions.parameters(1));
        jdbc.sql("delete from event_publication where completion_date is not null and "
                + mentions.matching(SERIALIZED_EVENT)).params(parameters).update();
        mentions.blank("event_publication", List.of("id"), SERIALIZED_EVENT);
    }
}
