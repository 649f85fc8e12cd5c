package sa.silah.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The copies handed over for access and copy requests, kept as they were made (JSON and PDF) so the beneficiary and
 * the officer download what was answered. A table of their own, so that lists of requests never read them.
 */
@Component
class DataSubjectCopies {

    private final JdbcClient jdbc;

    DataSubjectCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID requestId, byte[] json, byte[] pdf, String language, Instant madeAt) {
        jdbc.sql("""
                insert into data_subject_copy (request_id, json, pdf, language, made_at)
                values (:id, :json, :pdf, :language, :madeAt)""")
                .param("id", requestId).param("json", json).param("pdf", pdf).param("language", language)
                .param("madeAt", Timestamp.from(madeAt)).update();
    }

    Optional<HandedOverCopy> of(UUID requestId) {
        return jdbc.sql("select json, pdf from data_subject_copy where request_id = :id").param("id", requestId)
                .query((row, number) -> new HandedOverCopy(row.getBytes("json"), row.getBytes("pdf"))).optional();
    }

    /** The copies hold the person's data: erasing the person deletes them. */
    void deleteOfBeneficiary(UUID beneficiaryId) {
        jdbc.sql("""
                delete from data_subject_copy where request_id in
                (select id from data_subject_request where beneficiary_id = :beneficiary)""")
                .param("beneficiary", beneficiaryId).update();
    }
}
