package sa.silah.casework;

import java.time.Instant;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

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
 * Hands out reference numbers {@code REQ-<Hijri year>-<6 digits>}, sequential per Hijri year. The year's
 * counter row is incremented with one UPDATE inside the creating transaction; its row lock makes concurrent
 * creators on H2 and PostgreSQL take turns, and a rolled-back request gives its number back. The counter
 * rows exist from the migration; a year beyond them gets its row in a transaction of its own, so that two
 * creators racing to insert it cannot spoil the request's transaction.
 */
@Component
class ReferenceNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    ReferenceNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(Instant now) {
        int year = HijrahDate.from(now.atZone(Dates.RIYADH).toLocalDate()).get(ChronoField.YEAR);
        if (increment(year) == 0) {
            createCounter(year);
            increment(year);
        }
        long number = jdbc.sql("select last_value from request_sequence where hijri_year = :year")
                .param("year", year).query(Long.class).single();
        return "REQ-%d-%06d".formatted(year, number);
    }

    private int increment(int year) {
        return jdbc.sql("update request_sequence set last_value = last_value + 1 where hijri_year = :year")
                .param("year", year).update();
    }

    private void createCounter(int year) {
        try {
            separately.executeWithoutResult(status -> jdbc
                    .sql("insert into request_sequence (hijri_year, last_value) values (:year, 0)")
                    .param("year", year).update());
        }
        catch (DataIntegrityViolationException anotherCreatorWasFirst) {
            // The row exists now, which is all this wanted.
        }
    }
}
