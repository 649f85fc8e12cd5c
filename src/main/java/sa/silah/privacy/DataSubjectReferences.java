package sa.silah.privacy;

import java.time.Instant;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.shared.Dates;

/**
 * Hands out data-subject request references, sequential per Hijri year, the way casework numbers requests and the
 * register numbers letters: one UPDATE of the year's counter row inside the opening transaction, whose row lock makes
 * concurrent openings take turns and whose rollback gives the number back. A year beyond the migration's rows gets
 * its row in a transaction of its own, so two openings racing to insert it cannot spoil either.
 */
@Component
class DataSubjectReferences {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    DataSubjectReferences(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    DataSubjectReference next(Instant receivedAt) {
        int year = DataSubjectReference.hijriYearOf(receivedAt.atZone(Dates.RIYADH).toLocalDate());
        if (increment(year) == 0) {
            createCounter(year);
            increment(year);
        }
        long sequence = jdbc.sql("select last_value from data_subject_request_sequence where hijri_year = :year")
                .param("year", year).query(Long.class).single();
        return new DataSubjectReference(year, sequence);
    }

    private int increment(int year) {
        return jdbc.sql("update data_subject_request_sequence set last_value = last_value + 1 where hijri_year = :year")
                .param("year", year).update();
    }

    private void createCounter(int year) {
        try {
            separately.executeWithoutResult(status -> jdbc
                    .sql("insert into data_subject_request_sequence (hijri_year, last_value) values (:year, 0)")
                    .param("year", year).update());
        }
        catch (DataIntegrityViolationException anotherOpeningWasFirst) {
            // The row exists now, which is all this wanted.
        }
    }
}
