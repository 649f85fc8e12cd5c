package sa.silah.letters;

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
 * Hands out letter numbers, sequential per direction and Hijri year of registration (Asia/Riyadh), the way
 * casework numbers requests: the counter row is incremented with one UPDATE inside the registering
 * transaction, so its row lock makes concurrent registrations take turns on H2 and PostgreSQL and a
 * rolled-back registration gives its number back (no gaps, no duplicates). Rows for the coming years come
 * from the migration; a year beyond them gets its row in a transaction of its own, so that two registrations
 * racing to insert it cannot spoil either.
 */
@Component
class LetterNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    LetterNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    LetterNumber next(LetterDirection direction, Instant registeredAt) {
        int year = LetterNumber.hijriYearOf(registeredAt.atZone(Dates.RIYADH).toLocalDate());
        if (increment(direction, year) == 0) {
            createCounter(direction, year);
            increment(direction, year);
        }
        long sequence = jdbc.sql("select last_value from letter_sequence where direction = :direction and hijri_year = :year")
                .param("direction", direction.name()).param("year", year).query(Long.class).single();
        return new LetterNumber(direction, year, sequence);
    }

    private int increment(LetterDirection direction, int year) {
        return jdbc.sql("""
                update letter_sequence set last_value = last_value + 1
                where direction = :direction and hijri_year = :year""")
                .param("direction", direction.name()).param("year", year).update();
    }

    private void createCounter(LetterDirection direction, int year) {
        try {
            separately.executeWithoutResult(status -> jdbc
                    .sql("insert into letter_sequence (direction, hijri_year, last_value) values (:direction, :year, 0)")
                    .param("direction", direction.name()).param("year", year).update());
        }
        catch (DataIntegrityViolationException anotherRegistrationWasFirst) {
            // The row exists now, which is all this wanted.
        }
    }
}
