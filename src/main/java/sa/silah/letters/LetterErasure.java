package sa.silah.letters;

import java.io.IOException;
import java.util.List;
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
 * Erasure in the letters register. A letter of the person — linked to their record or to one of their requests —
 * keeps its number, direction, dates and links, so the register has no gaps, and loses its correspondent, subject,
 * body and scan (the file is deleted once the erasure is committed). Other letters that name the person are blanked
 * where they do, their search key too.
 */
@Component
class LetterErasure implements PersonalDataHolder {

    private static final Logger log = LoggerFactory.getLogger(LetterErasure.class);

    private final JdbcClient jdbc;
    private final LetterFiles files;

    LetterErasure(JdbcClient jdbc, LetterFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        List<UUID> letterIds = jdbc.sql("""
                select id from letter where beneficiary_id = :beneficiary
                or request_reference in (select reference_number from request where beneficiary_id = :beneficiary)""")
                .param("beneficiary", person.beneficiaryId()).query(UUID.class).list();
        if (!letterIds.isEmpty()) {
            deleteScansOnCommit(jdbc.sql("select scan_stored_name from letter where scan_stored_name is not null"
                    + " and id in (:ids)").param("ids", letterIds).query(String.class).list());
            jdbc.sql("""
                    update letter set correspondent = :erased, subject = :erased, body = null,
                        search_text = number, scan_content_type = null, scan_size_bytes = null,
                        scan_stored_name = null, scan_uploaded_by = null, scan_uploaded_at = null,
                        version = version + 1
                    where id in (:ids)""")
                    .param("erased", PersonalIdentifiers.ERASED).param("ids", letterIds).update();
        }
        new Mentions(jdbc, person).blank("letter", List.of("id"), List.of("correspondent", "subject", "body"));
        new Mentions(jdbc, person.normalized()).blank("letter", List.of("id"), List.of("search_text"));
    }

    private void deleteScansOnCommit(List<String> storedNames) {
        if (storedNames.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                storedNames.forEach(storedName -> {
                    try {
                        files.delete(storedName);
                    }
                    catch (IOException | RuntimeException failed) {
                        log.error("Could not delete the scan {} of an erased person's letter", storedName, failed);
                    }
                });
            }
        });
    }
}
