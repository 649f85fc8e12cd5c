package sa.silah.inbound;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.silah.shared.Mentions;
import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Erasure in the inbound channels. A WhatsApp message from one of the person's mobiles, or linked to their record,
 * keeps when it came and when and by whom it was resolved, and loses its sender, profile name and text; other
 * messages are blanked where they name the person.
 */
@Component
class InboundErasure implements PersonalDataHolder {

    private final JdbcClient jdbc;

    InboundErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        // WhatsApp gives the sender without its plus.
        List<String> senders = person.mobiles().isEmpty() ? List.of("") : List.copyOf(person.mobileForms());
        jdbc.sql("""
                update unidentified_contact set sender = :erased, profile_name = null,
                    text = case when text is null then null else :erased end
                where beneficiary_id = :beneficiary or sender in (:senders)""")
                .param("erased", PersonalIdentifiers.ERASED).param("beneficiary", person.beneficiaryId())
                .param("senders", senders).update();
        new Mentions(jdbc, person).blank("unidentified_contact", List.of("id"), List.of("profile_name", "text"));
    }
}
