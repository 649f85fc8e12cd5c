package sa.silah.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.silah.shared.Mentions;
import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Erasure in the notifications. A message to the person — to one of their mobiles or emails — keeps its channel,
 * template, status and dates, which the delivery figures count, and loses its address, texts and values; one still
 * waiting is given up, since there is nobody left to send it to. Messages to staff keep their addresses and are
 * blanked where they name the person.
 */
@Component
class NotificationErasure implements PersonalDataHolder {

    /** Why a waiting message was given up, in the technical log of the message. */
    private static final String GIVEN_UP = "recipient erased";

    private final JdbcClient jdbc;

    NotificationErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        List<UUID> messageIds = messagesTo(person);
        if (!messageIds.isEmpty()) {
            // The address stays unique per event and channel (the dedup constraint) by taking the message's own id.
            jdbc.sql("""
                    update notification set recipient = :erased || ' ' || cast(id as varchar(36)),
                        subject = case when subject is null then null else :erased end, body = :erased,
                        parameters = null,
                        last_error = case when status = 'PENDING' then :givenUp else null end,
                        status = case when status = 'PENDING' then 'FAILED' else status end,
                        version = version + 1
                    where id in (:ids)""")
                    .param("erased", PersonalIdentifiers.ERASED).param("givenUp", GIVEN_UP)
                    .param("ids", messageIds).update();
        }
        new Mentions(jdbc, person).blank("notification", List.of("id"),
                List.of("subject", "body", "parameters", "last_error"));
    }

    private static List<String> addresses(PersonalIdentifiers person) {
        List<String> addresses = new ArrayList<>(person.mobiles());
        person.emails().forEach(email -> addresses.add(email.toLowerCase(Locale.ROOT)));
        return addresses.isEmpty() ? List.of("") : addresses;
    }

    /**
     * The messages to their addresses (Silah keeps every email in lower case), and those about their requests sent to
     * an address the person no longer had when erased.
     */
    private List<UUID> messagesTo(PersonalIdentifiers person) {
        return jdbc.sql("""
                select id from notification where staff_username is null
                and (recipient in (:addresses)
                    or request_id in (select id from request where beneficiary_id = :beneficiary))""")
                .param("beneficiary", person.beneficiaryId())
                .param("addresses", addresses(person))
                .query(UUID.class).list();
    }
}
