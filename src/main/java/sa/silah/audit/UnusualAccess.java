package sa.silah.audit;

import java.time.Instant;

/**
 * One account's burst of openings: from its first opening in the window to its last, how many distinct records
 * and how many openings in all.
 */
public record UnusualAccess(String actor, Instant firstAccess, Instant lastAccess, long records, long accesses) {
}
