package sa.silah.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds accounts that opened many distinct records in a short time. Every opening in the period starts a window; the
 * openings of the same account within the window are joined on the (actor, accessed_at) index, and the windows with
 * more distinct records than the threshold are kept. Only accounts that opened that many records in the whole period
 * are joined at all, so the usual account costs one pass of the index.
 */
@Component
class UnusualAccessReport {

    /**
     * The window is written into the statement as a literal interval, the one form both H2 and PostgreSQL add to a
     * timestamp; it is a number of seconds formatted from an int, never text from a request.
     */
    private static final String WINDOWS = """
            select a.actor as actor, a.accessed_at as first_access, max(b.accessed_at) as last_access,
                   count(distinct b.subject_type || ':' || b.subject_id) as records, count(*) as accesses
            from personal_data_access a
            join personal_data_access b on b.actor = a.actor and b.accessed_at >= a.accessed_at
                 and b.accessed_at < a.accessed_at + interval '%d' second
            where a.accessed_at >= :since and a.accessed_at < :until
              and a.actor in (select c.actor from personal_data_access c
                              where c.accessed_at >= :since and c.accessed_at < :until
                              group by c.actor
                              having count(distinct c.subject_type || ':' || c.subject_id) > :records)
            group by a.id, a.actor, a.accessed_at
            having count(distinct b.subject_type || ':' || b.subject_id) > :records
            order by a.actor, a.accessed_at, a.id
            """;

    private final JdbcClient jdbc;

    UnusualAccessReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per burst: for each account, windows that do not overlap, the earliest first. */
    List<UnusualAccess> find(UnusualAccessQuery query) {
        List<UnusualAccess> windows = jdbc.sql(WINDOWS.formatted(query.window().toSeconds()))
                .param("since", Timestamp.from(AuditPeriod.startOf(query.from())))
                .param("until", Timestamp.from(AuditPeriod.endOf(query.to())))
                .param("records", query.records())
                .query((row, number) -> new UnusualAccess(row.getString("actor"),
                        row.getTimestamp("first_access").toInstant(), row.getTimestamp("last_access").toInstant(),
                        row.getLong("records"), row.getLong("accesses")))
                .list();
        return withoutOverlaps(windows, query);
    }

    /**
     * A burst of forty openings qualifies from each of its first openings on; the report names it once, from its
     * earliest, and the next line of the same account starts after that window has closed.
     */
    private static List<UnusualAccess> withoutOverlaps(List<UnusualAccess> windows, UnusualAccessQuery query) {
        List<UnusualAccess> kept = new ArrayList<>();
        UnusualAccess previous = null;
        for (UnusualAccess window : windows) {
            boolean sameBurst = previous != null && previous.actor().equals(window.actor())
                    && window.firstAccess().isBefore(closing(previous, query));
            if (!sameBurst) {
                kept.add(window);
                previous = window;
            }
        }
        return kept;
    }

    private static Instant closing(UnusualAccess window, UnusualAccessQuery query) {
        return window.firstAccess().plus(query.window());
    }
}
