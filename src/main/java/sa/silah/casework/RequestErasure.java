package sa.silah.casework;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import sa.silah.shared.Mentions;
import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Erasure in casework. The person's requests — those of their record and those sent from the public site with their
 * mobile or email — keep their kind, channel, service, department, status, dates and SLA figures, which the reports
 * count, and lose every free text, the submitter's details, the contact details of their timeline and their
 * attachments (rows and files: the statistics count requests, not files). Elsewhere, texts that name the person are
 * blanked where they do.
 */
@Component
class RequestErasure implements PersonalDataHolder {

    private static final Logger log = LoggerFactory.getLogger(RequestErasure.class);

    private final JdbcClient jdbc;
    private final AttachmentStorage storage;

    RequestErasure(JdbcClient jdbc, AttachmentStorage storage) {
        this.jdbc = jdbc;
        this.storage = storage;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        List<UUID> requestIds = requestsOf(person);
        if (!requestIds.isEmpty()) {
            blankRequests(requestIds);
            removeAttachments(requestIds);
        }
        blankTimeline(person.beneficiaryId(), requestIds);
        Mentions mentions = new Mentions(jdbc, person);
        mentions.blank("request", List.of("id"),
                List.of("subject", "description", "closing_note", "contact_waiver", "submitter_name"));
        mentions.blank("request_history", List.of("id"), List.of("detail"));
        mentions.blank("interaction", List.of("id"), List.of("summary", "handle", "link"));
    }

    private List<UUID> requestsOf(PersonalIdentifiers person) {
        StringBuilder sql = new StringBuilder("select id from request where beneficiary_id = :beneficiary");
        if (!person.mobiles().isEmpty()) {
            sql.append(" or submitter_mobile in (:mobiles)");
        }
        if (!person.emails().isEmpty()) {
            sql.append(" or submitter_email in (:emails)");
        }
        return jdbc.sql(sql.toString()).param("beneficiary", person.beneficiaryId())
                .param("mobiles", List.copyOf(person.mobiles()))
                .param("emails", lowerCase(person.emails()))
                .query(UUID.class).list();
    }

    /** Silah keeps every email in lower case ({@code EmailAddress}). */
    private static List<String> lowerCase(Set<String> emails) {
        return emails.stream().map(email -> email.toLowerCase(Locale.ROOT)).toList();
    }

    /** Texts that must stay non-empty, for a closed request or a waived contact, read as erased. */
    private void blankRequests(List<UUID> requestIds) {
        jdbc.sql("""
                update request set subject = :erased, description = null,
                    closing_note = case when closing_note is null then null else :erased end,
                    contact_waiver = case when contact_waiver is null then null else :erased end,
                    submitter_name = case when submitter_name is null then null else :erased end,
                    submitter_mobile = null, submitter_email = null, version = version + 1
                where id in (:ids)""")
                .param("erased", PersonalIdentifiers.ERASED).param("ids", requestIds).update();
        jdbc.sql("update request_history set detail = :erased where detail is not null and request_id in (:ids)")
                .param("erased", PersonalIdentifiers.ERASED).param("ids", requestIds).update();
    }

    /** Contacts keep their type, channel, direction, time and duration, which the reports count. */
    private void blankTimeline(UUID beneficiaryId, List<UUID> requestIds) {
        String ofThePerson = requestIds.isEmpty() ? "beneficiary_id = :beneficiary"
                : "(beneficiary_id = :beneficiary or request_id in (:ids))";
        jdbc.sql("update interaction set summary = case when summary is null then null else :erased end,"
                + " handle = null, link = null, phone_number = null where " + ofThePerson)
                .param("erased", PersonalIdentifiers.ERASED).param("beneficiary", beneficiaryId)
                .param("ids", requestIds).update();
    }

    private void removeAttachments(List<UUID> requestIds) {
        List<String> storedNames = jdbc.sql("select stored_name from attachment where request_id in (:ids)")
                .param("ids", requestIds).query(String.class).list();
        jdbc.sql("delete from attachment where request_id in (:ids)").param("ids", requestIds).update();
        deleteFilesOnCommit(new ArrayList<>(storedNames));
    }

    /** The files go only once the erasure is committed: a rolled back erasure keeps them with their rows. */
    private void deleteFilesOnCommit(List<String> storedNames) {
        if (storedNames.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                storedNames.forEach(storedName -> {
                    try {
                        storage.delete(storedName);
                    }
                    catch (IOException | RuntimeException failed) {
                        log.error("Could not delete the file {} of an erased person's attachment", storedName, failed);
                    }
                });
            }
        });
    }
}
