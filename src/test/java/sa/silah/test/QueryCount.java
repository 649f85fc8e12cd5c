package sa.silah.test;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread, for tests that guard against N+1 queries.
 * Hibernate's own statistics count the whole application, which also runs listeners after commit on other
 * threads while a test measures. Registered for every integration test by {@link IntegrationTest}.
 *
 * <pre>
 * QueryCount.reset();
 * registry.search(...);
 * assertThat(QueryCount.statements()).isLessThanOrEqualTo(2);
 * </pre>
 */
public class QueryCount implements StatementInspector {

    private static final ThreadLocal<long[]> STATEMENTS = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        STATEMENTS.get()[0]++;
        return sql;
    }

    public static void reset() {
        STATEMENTS.get()[0] = 0;
    }

    /** Statements prepared on this thread since the last {@link #reset()}. */
    public static long statements() {
        return STATEMENTS.get()[0];
    }
}
